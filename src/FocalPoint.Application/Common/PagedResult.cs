namespace FocalPoint.Application.Common;

/// <summary>
/// One page of a list. Counting a million matching rows costs more than reading the page, so the total is
/// counted only up to <see cref="CountCap"/>; past it the list says "more than 10,000".
/// </summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, bool TotalIsCapped)
{
    public const int CountCap = 10_000;

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
}
