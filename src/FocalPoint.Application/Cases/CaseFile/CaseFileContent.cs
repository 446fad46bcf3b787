using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Products;

namespace FocalPoint.Application.Cases.CaseFile;

/// <summary>What a case file prints: the case as its author sees it, the items, and the persons in their roles.</summary>
public sealed record CaseFileContent(
    CaseDetails Case, string Recipient, ProductLanguage Language, DateTime PreparedAtUtc, string PreparedBy,
    IReadOnlyList<CaseFileFirearm> Firearms, IReadOnlyList<CaseFilePerson> Persons, bool PersonsWithheld);

public sealed record CaseFileFirearm(string IncidentReference, string Type, string? Make, string? Model, string? Calibre, string? Serial);

/// <summary>A person as a data subject of the case: their role in each incident (or as attached to the case).</summary>
public sealed record CaseFilePerson(long Id, string Name, DateOnly? DateOfBirth, string? Nationality, PersonRole Role, string? IncidentReference);
