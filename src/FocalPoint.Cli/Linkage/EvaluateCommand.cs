using System.CommandLine;
using System.Globalization;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>`focalpoint link evaluate`: pairwise precision, recall and F1 of a clusters file against a truth file.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var truth = new Option<FileInfo>("--truth")
        {
            Description = "Ground truth CSV: record_id,entity_id (or kind,record_id,entity_id as `focalpoint demo --truth` writes it).",
            Required = true,
        };
        var clusters = new Option<FileInfo>("--clusters") { Description = "Clusters CSV written by `link --out-clusters`: record_id,cluster_id.", Required = true };
        var kind = new Option<string?>("--kind") { Description = "Only truth rows of this kind (person or firearm) when the truth file has a kind column." };

        var command = new Command("evaluate", "Score clusters against the truth: pairwise precision, recall and F1.") { truth, clusters, kind };
        command.SetAction(parse =>
        {
            var expected = LinkageCsv.ReadMap(parse.GetValue(truth)!, "entity_id", parse.GetValue(kind));
            var predicted = LinkageCsv.ReadMap(parse.GetValue(clusters)!, "cluster_id", kind: null);
            var result = LinkageEvaluation.FromClusters(predicted, expected);
            var evaluated = predicted.Keys.Count(expected.ContainsKey);
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(Text($"Records evaluated:  {evaluated:N0} of {predicted.Count:N0} clustered ({expected.Count:N0} in the truth)"));
            output.WriteLine(Text($"Pairs:              {result.TruePositives:N0} true positives, {result.FalsePositives:N0} false positives, {result.FalseNegatives:N0} false negatives"));
            output.WriteLine(Text($"Precision:          {result.Precision:0.0000}"));
            output.WriteLine(Text($"Recall:             {result.Recall:0.0000}"));
            output.WriteLine(Text($"F1:                 {result.F1:0.0000}"));
            return Infrastructure.CommandLine.Ok;
        });
        return command;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
