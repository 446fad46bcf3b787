using System.CommandLine;
using System.Globalization;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>`focalpoint link explain`: the waterfall of one pair, field by field, from the prior to the probability.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var shared = new LinkOptionSet();
        var left = new Option<string>("--left") { Description = "One record's id (SOURCE:ID when several inputs are linked).", Required = true };
        var right = new Option<string>("--right") { Description = "The other record's id.", Required = true };
        var command = new Command("explain", "Explain one pair: each field's level, m, u and weight, summing to the match weight.") { left, right };
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            var (settings, inputs) = shared.Load(parse);
            var options = shared.Options(parse, inputs);
            var result = LinkOptionSet.Guard("linkage", () => inputs.Run(new Linker(settings), inputs.Read(), options));
            var why = LinkOptionSet.Guard("explain", () => result.Explain(parse.GetValue(left)!, parse.GetValue(right)!));
            Print(parse.InvocationConfiguration.Output, why, result.Clusters);
            return CommandLine.Ok;
        });
        return command;
    }

    private static void Print(TextWriter output, PairExplanation why, ClusterSet clusters)
    {
        Line(output, $"{why.LeftId} - {why.RightId}");
        Line(output, $"  {"prior",-24} {"",-36} {why.PriorWeight,9:+0.000;-0.000}");
        var running = why.PriorWeight;
        foreach (var f in why.Fields)
        {
            var weight = f.Weight + f.TermFrequencyAdjustment;
            running += weight;
            var values = $"{f.LeftValue ?? "(missing)"} | {f.RightValue ?? "(missing)"}";
            var tf = f.TermFrequencyAdjustment != 0 ? $" (incl. frequency {f.TermFrequencyAdjustment:+0.000;-0.000})" : "";
            Line(output, $"  {f.Comparison,-24} {f.Level,-36} {weight,9:+0.000;-0.000} = {running,8:0.000}  {values}{tf}");
        }

        Line(output, $"  {"match weight",-24} {"",-36} {why.MatchWeight,9:0.000}");
        Line(output, $"  {"probability",-24} {"",-36} {why.Probability:R}");
        var same = clusters.ClusterOf(why.LeftId) == clusters.ClusterOf(why.RightId);
        Line(output, $"  {(same ? "same cluster" : "different clusters")}: {clusters.ClusterOf(why.LeftId)}{(same ? "" : $" and {clusters.ClusterOf(why.RightId)}")}");
    }

    private static void Line(TextWriter output, FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
