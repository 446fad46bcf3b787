using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Parties;

/// <summary>A person as one record names them; the same human may appear in several records until resolved.</summary>
public class Person : AuditableEntity
{
    public const int MaxNameLength = 100;

    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";

    /// <summary>Father's name, as Albanian and Serbian records often carry it.</summary>
    public string? FatherName { get; set; }

    /// <summary>The full name in the script of the source document (e.g. Cyrillic), when it was not Latin.</summary>
    public string? OriginalScriptName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public Sex Sex { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Nationality { get; set; }
    public string? PersonalNumber { get; set; }

    /// <summary>Keyed hash of the normalised personal number: the number itself is stored encrypted and cannot be searched.</summary>
    public long? PersonalNumberIndex { get; set; }

    public List<IncidentPerson> Incidents { get; set; } = [];

    public string FullName => $"{GivenName} {FamilyName}".Trim();
}
