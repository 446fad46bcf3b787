using System.Globalization;
using System.Text.Json;
using FocalPoint.Data;
using FocalPoint.Domain.Resolution;
using FocalPoint.Linkage;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Linkage;

/// <summary>
/// Queues the pairs a run was unsure of: probability in the band of doubt, the two records in different entities,
/// never decided before (no label) and not already queued.
/// </summary>
internal static class ReviewQueueWriter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> QueueAsync(FocalPointDbContext db, ResolvedKind kind, LinkageResult result, (double From, double Below) band,
        IEnumerable<(long, long)> labelled, long runId, CancellationToken ct)
    {
        var known = (await db.ReviewPairs.AsNoTracking().Where(p => p.Kind == kind).Select(p => new { p.LeftRecordId, p.RightRecordId }).ToListAsync(ct))
            .Select(p => (p.LeftRecordId, p.RightRecordId)).Concat(labelled).ToHashSet();
        var queued = 0;
        foreach (var pair in result.Pairs)
        {
            if (pair.Probability < band.From || pair.Probability >= band.Below
                || result.Clusters.ClusterOf(pair.LeftId) == result.Clusters.ClusterOf(pair.RightId))
            {
                continue;
            }

            var a = long.Parse(pair.LeftId, CultureInfo.InvariantCulture);
            var b = long.Parse(pair.RightId, CultureInfo.InvariantCulture);
            var key = a < b ? (a, b) : (b, a);
            if (!known.Add(key))
            {
                continue;
            }

            var json = JsonSerializer.Serialize(InStoredOrder(result.Explain(pair), a > b), Json);
            db.ReviewPairs.Add(new ReviewPair
            {
                Kind = kind, LeftRecordId = key.Item1, RightRecordId = key.Item2, Probability = pair.Probability, MatchWeight = pair.MatchWeight,
                ExplanationJson = json.Length <= ReviewPair.MaxExplanationLength ? json : "{}", State = ReviewState.Pending, RunId = runId,
            });
            queued++;
        }

        await db.SaveChangesAsync(ct);
        return queued;
    }

    /// <summary>The stored pair has the smaller record id on the left; the explanation's values follow the same order.</summary>
    private static PairExplanation InStoredOrder(PairExplanation explanation, bool swap) => !swap ? explanation : explanation with
    {
        LeftId = explanation.RightId,
        RightId = explanation.LeftId,
        Fields = [.. explanation.Fields.Select(f => f with { LeftValue = f.RightValue, RightValue = f.LeftValue })],
    };
}
