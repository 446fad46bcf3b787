using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Data.Auditing;

/// <summary>
/// Whether this node's anchor key is the one the chain was anchored with: the newest anchor must carry its signature.
/// A node with another key would sign anchors that every verification then calls forged.
/// </summary>
public static class AnchorKeyCheck
{
    public static async Task<bool> MatchesChainAsync(FocalPointDbContext db, AuditAnchorKey key, CancellationToken ct)
    {
        var newest = await db.AuditAnchors.AsNoTracking().OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(ct);
        return newest is null || key.Signed(newest);
    }
}
