using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Resolution;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Linkage;

public enum ReviewSort
{
    /// <summary>Probability closest to 0.5 first: the pairs where a human adds most.</summary>
    MostDoubtful,
    Newest,
    Oldest,
}

public sealed record ReviewQueueFilter(ResolvedKind? Kind = null, ReviewState State = ReviewState.Pending, ReviewSort Sort = ReviewSort.MostDoubtful, int Page = 1, int PageSize = 25);

/// <summary>A queued pair as the list shows it: ids and scores only, no names (reading those is a consultation).</summary>
public sealed record ReviewQueueRow(long Id, ResolvedKind Kind, long LeftRecordId, long RightRecordId, double Probability, double MatchWeight, ReviewState State, DateTime QueuedAtUtc, string? DecidedBy);

/// <summary>The review queue, paged, limited to the kinds the user may read and to pairs whose two records are both within reach.</summary>
public sealed class ListReviewQueue(FocalPointDbContext db, IAccessContext accessContext)
{
    public const int MaxPageSize = 200;

    public async Task<PagedResult<ReviewQueueRow>> HandleAsync(ReviewQueueFilter filter, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var query = Reachable(access, filter.Kind).Where(p => p.State == filter.State);
        var total = await query.Take(PagedResult<ReviewQueueRow>.CountCap + 1).CountAsync(cancellationToken);
        var ordered = filter.Sort switch
        {
            ReviewSort.Newest => query.OrderByDescending(p => p.Id),
            ReviewSort.Oldest => query.OrderBy(p => p.Id),
            _ => query.OrderBy(p => p.Probability > 0.5 ? p.Probability - 0.5 : 0.5 - p.Probability).ThenBy(p => p.Id),
        };
        var rows = await ordered.Skip((page - 1) * size).Take(size)
            .Select(p => new ReviewQueueRow(p.Id, p.Kind, p.LeftRecordId, p.RightRecordId, p.Probability, p.MatchWeight, p.State, p.CreatedAtUtc, p.DecidedBy))
            .ToListAsync(cancellationToken);
        return new PagedResult<ReviewQueueRow>(rows, page, size, Math.Min(total, PagedResult<ReviewQueueRow>.CountCap), total > PagedResult<ReviewQueueRow>.CountCap);
    }

    private IQueryable<ReviewPair> Reachable(UserAccess access, ResolvedKind? kind)
    {
        var persons = ResolutionAccess.MayRead(access, ResolvedKind.Person) && kind is null or ResolvedKind.Person;
        var firearms = ResolutionAccess.MayRead(access, ResolvedKind.Firearm) && kind is null or ResolvedKind.Firearm;
        if (access.Unrestricted)
        {
            return db.ReviewPairs.AsNoTracking().Where(p => (persons && p.Kind == ResolvedKind.Person) || (firearms && p.Kind == ResolvedKind.Firearm));
        }

        var personIds = ResolutionAccess.ReachableRecordIds(db, access, ResolvedKind.Person);
        var firearmIds = ResolutionAccess.ReachableRecordIds(db, access, ResolvedKind.Firearm);
        return db.ReviewPairs.AsNoTracking().Where(p =>
            (persons && p.Kind == ResolvedKind.Person && personIds.Contains(p.LeftRecordId) && personIds.Contains(p.RightRecordId))
            || (firearms && p.Kind == ResolvedKind.Firearm && firearmIds.Contains(p.LeftRecordId) && firearmIds.Contains(p.RightRecordId)));
    }
}
