using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Registry.Incidents.Export;

/// <summary>What the database gives for one exported incident; names are looked up afterwards.</summary>
internal sealed record IncidentExportRow(
    string Reference, IncidentKind Kind, DateOnly OccurredOn, DateTime OccurredAtUtc, int? MunicipalityId, int? DirectorateId, PlaceAbroad? Abroad, int? CrossingPointId,
    string? Address, ReportingAgency ReportingAgency, LegalContext LegalContext, HandlingCode HandlingCode, Tlp Tlp, int Firearms, int Rounds, int Explosives);

/// <summary>
/// One line of the incident export, as both CSV and XLSX write it. The property names are the column keys (and the
/// invariant headers); there is no personal data here, and no narrative, whose free text may name people.
/// Text values are neutralised for spreadsheets; codes and names are invariant (enum names, English reference names).
/// </summary>
public sealed class IncidentExportLine
{
    public static readonly IReadOnlyList<string> Columns =
    [
        nameof(Reference), nameof(Kind), nameof(OccurredOn), nameof(OccurredAtUtc), nameof(Municipality), nameof(Directorate), nameof(CrossingPoint),
        nameof(Address), nameof(ReportingAgency), nameof(LegalContext), nameof(HandlingCode), nameof(Tlp), nameof(Firearms), nameof(Rounds), nameof(Explosives),
    ];

    public string? Reference { get; init; }
    public string Kind { get; init; } = "";
    public DateTime OccurredOn { get; init; }
    public DateTime OccurredAtUtc { get; init; }
    public string? Municipality { get; init; }
    public string? Directorate { get; init; }
    public string? CrossingPoint { get; init; }
    public string? Address { get; init; }
    public string ReportingAgency { get; init; } = "";
    public string LegalContext { get; init; } = "";
    public string HandlingCode { get; init; } = "";
    public string Tlp { get; init; } = "";
    public int Firearms { get; init; }
    public int Rounds { get; init; }
    public int Explosives { get; init; }

    internal static IncidentExportLine From(IncidentExportRow row, ReferenceSnapshot reference) => new()
    {
        Reference = SpreadsheetCells.Neutralise(row.Reference),
        Kind = row.Kind.ToString(),
        OccurredOn = row.OccurredOn.ToDateTime(TimeOnly.MinValue),
        OccurredAtUtc = DateTime.SpecifyKind(row.OccurredAtUtc, DateTimeKind.Utc),
        Municipality = SpreadsheetCells.Neutralise(row.MunicipalityId is { } municipality
            ? reference.MunicipalityById.GetValueOrDefault(municipality)?.NameEn
            : row.Abroad is { } abroad ? PlaceText.Invariant(abroad) : null),
        Directorate = SpreadsheetCells.Neutralise(row.DirectorateId is { } directorate ? reference.DirectorateById.GetValueOrDefault(directorate)?.NameEn : null),
        CrossingPoint = row.CrossingPointId is { } crossing ? SpreadsheetCells.Neutralise(reference.CrossingPointById.GetValueOrDefault(crossing)?.Name) : null,
        Address = SpreadsheetCells.Neutralise(row.Address),
        ReportingAgency = row.ReportingAgency.ToString(),
        LegalContext = row.LegalContext.ToString(),
        HandlingCode = row.HandlingCode.ToString(),
        Tlp = row.Tlp.ToString(),
        Firearms = row.Firearms,
        Rounds = row.Rounds,
        Explosives = row.Explosives,
    };

    /// <summary>The line as CSV fields: ISO dates and invariant numbers.</summary>
    internal string[] ToCsv() =>
    [
        Reference ?? "", Kind, OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        OccurredAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), Municipality ?? "", Directorate ?? "",
        CrossingPoint ?? "", Address ?? "", ReportingAgency, LegalContext, HandlingCode, Tlp, Firearms.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Rounds.ToString(System.Globalization.CultureInfo.InvariantCulture), Explosives.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];
}
