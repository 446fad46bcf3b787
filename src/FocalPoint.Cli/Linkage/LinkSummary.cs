using System.Globalization;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>
/// The lines an analyst reads after a run: sizes, how many pairs matched, where blocking was heavy, which values could
/// not be read, which fields overlap, and the clusters most likely to have chained.
/// </summary>
internal static class LinkSummary
{
    public static void Print(TextWriter output, LinkageResult result, LinkageSettings settings, TimeSpan elapsed)
    {
        var matched = result.Pairs.Count(p => p.Probability >= settings.MatchThreshold);
        var review = result.Pairs.Count(p => p.Probability >= settings.ReviewThreshold) - matched;
        var multi = result.Clusters.Clusters.Count(c => c.MemberIds.Count > 1);
        Line(output, $"Records:            {result.Records:N0}");
        Line(output, $"Candidate pairs:    {result.Blocking.CandidatePairs:N0}");
        Line(output, $"Matched pairs:      {matched:N0} (probability >= {settings.MatchThreshold})");
        Line(output, $"Pairs for review:   {review:N0} (probability >= {settings.ReviewThreshold})");
        Line(output, $"Clusters:           {result.Clusters.Clusters.Count:N0} ({multi:N0} with more than one record)");
        Line(output, $"Largest blocks:");
        foreach (var block in result.Blocking.LargestBlocks.Take(5))
        {
            Line(output, $"  {block.Size,8:N0}  {block.Rule} [{block.Key}]{(block.Capped ? " (capped: skipped)" : "")}");
        }

        foreach (var rule in result.Blocking.Rules.Where(r => r.CappedBlocks > 0))
        {
            Line(output, $"Rule '{rule.Name}' skipped {rule.CappedBlocks:N0} blocks ({rule.CappedRecords:N0} records) over maxBlockSize.");
        }

        foreach (var bad in result.BadValues)
        {
            Line(output, $"Unreadable values:  {bad.Records:N0} in column '{bad.Column}' treated as missing, e.g. {string.Join(", ", bad.Examples.Select(e => $"'{e}'"))}");
        }

        foreach (var d in result.DependentFields)
        {
            Line(output, $"{(d.Combined ? "Combined fields:   " : "Warning:           ")} {d.Advice}");
        }

        Clusters(output, result.ClusterReport);
        Line(output, $"Elapsed:            {elapsed.TotalSeconds:N1} s (linkage {result.Elapsed.TotalSeconds:N1} s)");
    }

    private static void Clusters(TextWriter output, ClusterReport report)
    {
        if (report.LargestClusters.Count > 0)
        {
            Line(output, $"Largest clusters:");
            foreach (var c in report.LargestClusters.Take(5))
            {
                Line(output, $"  {c.Size,8:N0}  {c.Id} ({c.MatchedPairs:N0} matched pairs, density {c.Density:0.00}, {c.Sources} source(s))");
            }
        }

        if (report.WeakestBridges.Count > 0)
        {
            Line(output, $"Weakest bridges (a pair that alone holds a cluster together):");
            foreach (var b in report.WeakestBridges.Take(5))
            {
                Line(output, $"  {b.MatchWeight,8:0.00}  {b.LeftId} - {b.RightId} in {b.ClusterId} ({b.ClusterSize} records)");
            }
        }
    }

    private static void Line(TextWriter output, FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
