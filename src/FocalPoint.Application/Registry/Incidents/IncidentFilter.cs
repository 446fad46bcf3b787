using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Registry.Incidents;

public enum IncidentSort
{
    Newest,
    Oldest,
    ReferenceAscending,
    ReferenceDescending,
    KindThenNewest,
    MunicipalityThenNewest,
}

/// <summary>What the incident list can be narrowed and ordered by; bound from the query string and the API alike.</summary>
public sealed record IncidentFilter
{
    public const int MaxPageSize = 200;
    public const int MaxTextLength = 100;

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IncidentKind? Kind { get; init; }
    public int? DirectorateId { get; init; }
    public int? MunicipalityId { get; init; }
    public int? FirearmTypeId { get; init; }

    /// <summary>Matched against the reference, the address and the narrative.</summary>
    public string? Text { get; init; }
    public IncidentSort Sort { get; init; } = IncidentSort.Newest;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

public sealed record IncidentRow(
    long Id,
    string Reference,
    IncidentKind Kind,
    DateTime OccurredAtUtc,
    DateOnly OccurredOn,
    int? MunicipalityId,
    int? DirectorateId,
    ReportingAgency ReportingAgency,
    HandlingCode HandlingCode,
    Tlp Tlp,
    int FirearmCount,
    int Rounds,
    int ExplosiveCount,
    PlaceAbroad? Abroad);
