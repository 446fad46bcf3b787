using System.Globalization;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>The few lines an analyst reads after a run: sizes, how many pairs matched, and where blocking was heavy.</summary>
internal static class LinkSummary
{
    public static void Print(TextWriter output, LinkageResult result, LinkageSettings settings, TimeSpan elapsed)
    {
        var matched = result.Pairs.Count(p => p.Probability >= settings.MatchThreshold);
        var multi = result.Clusters.Clusters.Count(c => c.MemberIds.Count > 1);
        Line(output, $"Records:            {result.Records:N0}");
        Line(output, $"Candidate pairs:    {result.Blocking.CandidatePairs:N0}");
        Line(output, $"Matched pairs:      {matched:N0} (probability >= {settings.MatchThreshold})");
        Line(output, $"Pairs for review:   {result.Pairs.Count - matched:N0} (probability >= {settings.ReviewThreshold})");
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

        Line(output, $"Elapsed:            {elapsed.TotalSeconds:N1} s (linkage {result.Elapsed.TotalSeconds:N1} s)");
    }

    private static void Line(TextWriter output, FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
