namespace FocalPoint.Application.Sharing.Ecosystem;

/// <summary>Traffic Light Protocol 2.0 levels as the exchange knows them.</summary>
public enum ExchangeTlp
{
    Clear,
    Green,
    Amber,
    AmberStrict,
    Red,
}

/// <summary>The observable kinds both formats carry (a MISP attribute type, a STIX cyber-observable and pattern each).</summary>
public enum ObservableKind
{
    Md5,
    Sha1,
    Sha256,
    IPv4,
    IPv6,
    Domain,
    Url,
    Email,
}

/// <summary>NATO admiralty grading: source reliability A (reliable) to F (cannot be judged), information credibility 1 (confirmed) to 6.</summary>
public sealed record AdmiraltyGrade(char SourceReliability, int InformationCredibility)
{
    public bool IsValid => SourceReliability is >= 'A' and <= 'F' && InformationCredibility is >= 1 and <= 6;
}

/// <summary>
/// A neutral package for the threat-intelligence ecosystem: one report (an incident or an analysis) and the objects
/// it refers to. Keys are the source system's own stable names ("cyber-incident:42"); the writers turn them into
/// deterministic UUIDs, so exporting the same record twice gives the same ids and a receiver updates, not duplicates.
/// </summary>
public sealed record EcosystemPackage(
    ExchangeReport Report,
    IReadOnlyList<ExchangeIdentity> Identities,
    IReadOnlyList<ExchangeLocation> Locations,
    IReadOnlyList<ExchangeIndicator> Indicators,
    IReadOnlyList<ExchangeObservation> Observations,
    IReadOnlyList<ExchangeRelationship> Relationships,
    IReadOnlyList<ExchangeIncident>? Incidents = null,
    IReadOnlyList<ExchangePerson>? Persons = null,
    IReadOnlyList<ExchangeFirearm>? Firearms = null);

/// <param name="IsIncident">An incident (a STIX incident object beside the report; a MISP event with analysis "ongoing").</param>
/// <param name="CreatorKey">The identity that wrote the report.</param>
public sealed record ExchangeReport(
    string Key, string Title, string? Description, DateTime CreatedUtc, DateTime ModifiedUtc, bool IsIncident,
    IReadOnlyList<string> Labels, ExchangeTlp Tlp, AdmiraltyGrade? Grade, string CreatorKey);

/// <param name="IsOrganisation">An organisation (else an individual).</param>
public sealed record ExchangeIdentity(string Key, string Name, bool IsOrganisation, IReadOnlyList<string> Sectors);

/// <param name="CountryCode">ISO 3166-1 alpha-2.</param>
public sealed record ExchangeLocation(string Key, string Name, string? CountryCode, double? Latitude, double? Longitude);

/// <summary>Something to detect or block: a typed value (stored canonical by the caller).</summary>
public sealed record ExchangeIndicator(string Key, ObservableKind Kind, string Value, string? Description, DateTime ValidFromUtc);

public sealed record ExchangeObservable(ObservableKind Kind, string Value);

/// <summary>Something seen, not necessarily malicious: the observables and when and how often.</summary>
public sealed record ExchangeObservation(string Key, DateTime FirstUtc, DateTime LastUtc, int Count, IReadOnlyList<ExchangeObservable> Observables);

/// <summary>A link between two keyed objects, with a STIX relationship type ("indicates", "located-at", "related-to").</summary>
/// <param name="Description">What the link means beyond its type (a person's role in an incident).</param>
public sealed record ExchangeRelationship(string SourceKey, string Type, string TargetKey, string? Description = null);

/// <summary>A registry incident: a STIX incident (located at its place by a relationship); in MISP a text attribute.</summary>
public sealed record ExchangeIncident(string Key, string Name, string? Description, DateTime OccurredUtc);

/// <summary>
/// A person as the recipient may have them: the names only when redaction left them, else the reference that
/// replaces them (<paramref name="Reference"/>). A STIX identity (individual); a MISP "person" object.
/// </summary>
public sealed record ExchangePerson(string Key, string Reference, string? GivenName, string? FamilyName, string? DateOfBirth, string? Nationality, string? Roles)
{
    /// <summary>The name shown: the person's when allowed, otherwise the reference.</summary>
    public string DisplayName => string.Join(' ', new[] { GivenName, FamilyName }.Where(n => !string.IsNullOrEmpty(n))) is { Length: > 0 } name ? name : Reference;
}

/// <summary>
/// A firearm as observed in an incident: a custom STIX observable (<see cref="StixFirearms.Type"/>) in observed data;
/// in MISP, text attributes (the public MISP object templates have no firearm). Absent fields were redacted or unknown.
/// </summary>
public sealed record ExchangeFirearm(string Key, string Reference, DateTime ObservedUtc, string? Serial, string? Make, string? Model, string? Calibre, string? Type);
