using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Data.Auditing;

/// <summary>
/// Walks the chain in sequence order, streaming (memory bounded by the anchors, one per thousand entries), and
/// stops at the first entry that was altered, removed or reordered, or at an anchor that does not match.
/// Safe to run while the writer appends: anchors are read before entries, so every anchor's entry is seen.
/// </summary>
public sealed class AuditVerifier(FocalPointDbContext db, AuditAnchorKey? key)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var anchors = new Queue<AuditAnchor>(await db.AuditAnchors.AsNoTracking()
            .OrderBy(a => a.Sequence).ThenBy(a => a.Id).ToListAsync(cancellationToken));
        var anchorCount = anchors.Count;
        long expected = 1;
        var previousHash = AuditHash.Genesis;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var problem = Check(entry, expected, previousHash) ?? CheckAnchors(anchors, entry);
            if (problem is not null)
            {
                return Result(expected - 1, anchorCount - anchors.Count, expected - 1, problem);
            }

            previousHash = entry.Hash;
            expected++;
        }

        var last = expected - 1;
        var beyond = anchors.Count > 0 ? anchors.Peek() : null;
        var truncated = beyond is null ? null : new AuditProblem(AuditProblemKind.Truncated, last + 1,
            $"The chain ends at entry {last} but an anchor vouches for entry {beyond.Sequence}: entries {last + 1} to {beyond.Sequence} or more were removed.");
        return Result(last, anchorCount - anchors.Count, last, truncated);
    }

    private static AuditProblem? Check(AuditEntry entry, long expected, string previousHash)
    {
        var s = entry.Sequence;
        if (s != expected)
        {
            return new AuditProblem(AuditProblemKind.Removed, expected, s == expected + 1
                ? $"Entry {expected} is missing."
                : $"Entries {expected} to {s - 1} are missing.");
        }

        var intact = AuditHash.Compute(entry) == entry.Hash;
        var linked = entry.PreviousHash == previousHash;
        return (intact, linked) switch
        {
            (true, true) => null,
            // Neither its content nor its link fits here: it was written at another position and moved.
            (false, false) => new AuditProblem(AuditProblemKind.Reordered, s, $"Entry {s} was not written at this position: entries were reordered."),
            (false, true) => new AuditProblem(AuditProblemKind.Altered, s, $"Entry {s} does not match its hash: it was altered."),
            // Intact but linked to another hash: the entry before it was rewritten with a recomputed hash.
            (true, false) => new AuditProblem(AuditProblemKind.Altered, Math.Max(1, s - 1),
                $"Entry {s} links to a different hash than entry {s - 1} has: entry {Math.Max(1, s - 1)} was rewritten."),
        };
    }

    private AuditProblem? CheckAnchors(Queue<AuditAnchor> anchors, AuditEntry entry)
    {
        while (anchors.Count > 0 && anchors.Peek().Sequence <= entry.Sequence)
        {
            var anchor = anchors.Dequeue();
            if (key is not null && !key.Signed(anchor))
            {
                return new AuditProblem(AuditProblemKind.AnchorMismatch, anchor.Sequence, $"The anchor for entry {anchor.Sequence} has an invalid signature: anchors were forged or altered.");
            }

            if (anchor.Hash != entry.Hash)
            {
                return new AuditProblem(AuditProblemKind.AnchorMismatch, anchor.Sequence,
                    $"Entry {anchor.Sequence} differs from its anchor: the chain up to it was rewritten.");
            }
        }

        return null;
    }

    private AuditVerification Result(long entries, long anchorsChecked, long last, AuditProblem? problem) =>
        new(entries, anchorsChecked, last, key is not null, problem);
}
