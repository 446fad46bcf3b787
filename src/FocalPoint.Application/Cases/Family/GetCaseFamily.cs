using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases.Family;

public sealed record RelatedCase(long Id, string Reference, string Title, CaseStatus Status);

/// <summary>Where a merged case went, its parent, its children and the cases merged into it: each only when the user finds it.</summary>
public sealed record CaseFamily(RelatedCase? MergedInto, RelatedCase? Parent, IReadOnlyList<RelatedCase> Children, IReadOnlyList<RelatedCase> MergedFrom)
{
    public bool IsEmpty => MergedInto is null && Parent is null && Children.Count == 0 && MergedFrom.Count == 0;
}

public sealed class GetCaseFamily(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<CaseFamily?> HandleAsync(long caseId, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        var visible = db.Cases.AsNoTracking().VisibleTo(access, db);
        var self = await visible.Where(c => c.Id == caseId).Select(c => new { c.MergedIntoId, c.ParentId }).FirstOrDefaultAsync(ct);
        if (self is null)
        {
            return null;
        }

        var related = await visible.Where(c => c.Id == self.MergedIntoId || c.Id == self.ParentId || c.ParentId == caseId || c.MergedIntoId == caseId)
            .OrderBy(c => c.Reference).Select(c => new { Row = new RelatedCase(c.Id, c.Reference, c.Title, c.Status), c.ParentId, c.MergedIntoId })
            .ToListAsync(ct);
        return new CaseFamily(
            related.FirstOrDefault(r => r.Row.Id == self.MergedIntoId)?.Row, related.FirstOrDefault(r => r.Row.Id == self.ParentId)?.Row,
            [.. related.Where(r => r.ParentId == caseId).Select(r => r.Row)], [.. related.Where(r => r.MergedIntoId == caseId).Select(r => r.Row)]);
    }
}
