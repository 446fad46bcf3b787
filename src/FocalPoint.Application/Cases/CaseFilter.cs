using FocalPoint.Domain.Cases;

namespace FocalPoint.Application.Cases;

public enum CaseSort
{
    RecentlyChanged,
    ReferenceAscending,
    ReferenceDescending,
    PriorityThenRecent,
    TitleAscending,
}

/// <summary>What the case list can be narrowed and ordered by; bound from the address and the API alike.</summary>
public sealed record CaseFilter
{
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 100;

    public CaseStatus? Status { get; init; }
    public CasePriority? Priority { get; init; }

    /// <summary>Only cases whose team the user is on.</summary>
    public bool Mine { get; init; }

    /// <summary>Matched against the reference and the title.</summary>
    public string? Text { get; init; }
    public CaseSort Sort { get; init; } = CaseSort.RecentlyChanged;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

public sealed record CaseRow(
    long Id, string Reference, string Title, CaseStatus Status, CasePriority Priority, string Owner,
    FocalPoint.Domain.Incidents.HandlingCode HandlingCode, FocalPoint.Domain.Incidents.Tlp Tlp, int Incidents, int OpenTasks, DateTime ChangedAtUtc);
