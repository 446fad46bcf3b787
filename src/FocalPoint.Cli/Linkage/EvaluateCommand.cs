using System.CommandLine;
using System.Globalization;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>
/// `focalpoint link evaluate`: clusters or a scored pair list against the truth (record_id,entity_id or a list of true
/// pairs). Clusters: pairwise and B-cubed scores. Pairs: a sweep over thresholds, pairwise on the pairs and pairwise
/// and B-cubed on the clusters they form. --cross-source counts only pairs of records from different sources.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var truth = new Option<FileInfo>("--truth")
        {
            Description = "Ground truth CSV: record_id,entity_id (kind,record_id,entity_id as `focalpoint demo --truth` writes it; a source column for several sources), or true pairs left_id,right_id.",
            Required = true,
        };
        var clusters = new Option<FileInfo?>("--clusters") { Description = "Clusters CSV written by `link --out-clusters`: record_id,cluster_id[,source]." };
        var pairs = new Option<FileInfo?>("--pairs") { Description = "Scored pairs CSV written by `link --out-pairs` (use --min-probability 0 for a full sweep)." };
        var kind = new Option<string?>("--kind") { Description = "Only truth rows of this kind (person or firearm) when the truth file has a kind column." };
        var thresholds = new Option<double[]>("--thresholds")
        {
            Description = "Thresholds to sweep with --pairs (default 0.5 0.8 0.9 0.95 0.99 0.999).",
            AllowMultipleArgumentsPerToken = true,
        };
        var cross = new Option<bool>("--cross-source") { Description = "Count only pairs of records from different sources, pooled and per source pair." };

        var command = new Command("evaluate", "Score clusters or pairs against the truth: precision, recall and F1, pairwise and B-cubed, per threshold.")
        {
            truth, clusters, pairs, kind, thresholds, cross,
        };
        command.SetAction(parse =>
        {
            var expected = TruthCsv.Read(parse.GetValue(truth)!, parse.GetValue(kind));
            Func<string, string>? sourceOf = parse.GetValue(cross) ? id => SourceTable.Split(id).Source : null;
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(clusters) is { } clusterFile)
            {
                Clusters(output, LinkageCsv.ReadMap(clusterFile, "cluster_id", kind: null), expected, sourceOf);
            }
            else if (parse.GetValue(pairs) is { } pairFile)
            {
                var levels = parse.GetValue(thresholds) is { Length: > 0 } t ? t : [0.5, 0.8, 0.9, 0.95, 0.99, 0.999];
                Sweep(output, LinkageCsv.ReadPairs(pairFile), expected, levels, sourceOf);
            }
            else
            {
                throw new UserErrorException("Give --clusters or --pairs to evaluate.");
            }

            return Infrastructure.CommandLine.Ok;
        });
        return command;
    }

    private static void Clusters(TextWriter output, Dictionary<string, string> predicted, IReadOnlyDictionary<string, string> expected, Func<string, string>? sourceOf)
    {
        var evaluated = predicted.Keys.Count(expected.ContainsKey);
        var result = sourceOf is null ? LinkageEvaluation.FromClusters(predicted, expected) : CrossSourceEvaluation.Pooled(predicted, expected, sourceOf);
        var b3 = ThresholdSweep.BCubed(predicted, expected);
        output.WriteLine(Text($"Records evaluated:  {evaluated:N0} of {predicted.Count:N0} clustered ({expected.Count:N0} in the truth)"));
        output.WriteLine(Text($"Pairs:              {result.TruePositives:N0} true positives, {result.FalsePositives:N0} false positives, {result.FalseNegatives:N0} false negatives{(sourceOf is null ? "" : " (across sources only)")}"));
        output.WriteLine(Text($"Precision:          {result.Precision:0.0000}"));
        output.WriteLine(Text($"Recall:             {result.Recall:0.0000}"));
        output.WriteLine(Text($"F1:                 {result.F1:0.0000}"));
        output.WriteLine(Text($"B-cubed:            precision {b3.Precision:0.0000}, recall {b3.Recall:0.0000}, F1 {b3.F1:0.0000}"));
        if (sourceOf is null)
        {
            return;
        }

        foreach (var (pair, r) in CrossSourceEvaluation.PerSourcePair(predicted, expected, sourceOf).OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            output.WriteLine(Text($"  {pair,-24} precision {r.Precision:0.0000}  recall {r.Recall:0.0000}  F1 {r.F1:0.0000}"));
        }
    }

    private static void Sweep(TextWriter output, List<(string, string, double)> pairs, IReadOnlyDictionary<string, string> expected, double[] thresholds,
        Func<string, string>? sourceOf)
    {
        output.WriteLine(Text($"{"threshold",10} | {"pairs P",8} {"R",7} {"F1",7} | {"clusters P",10} {"R",7} {"F1",7} | {"B3 P",7} {"R",7} {"F1",7}"));
        foreach (var r in ThresholdSweep.Run(pairs, expected, thresholds, sourceOf))
        {
            output.WriteLine(Text($"{r.Threshold,10:0.#####} | {r.Pairs.Precision,8:0.0000} {r.Pairs.Recall,7:0.0000} {r.Pairs.F1,7:0.0000} | {r.Clusters.Precision,10:0.0000} {r.Clusters.Recall,7:0.0000} {r.Clusters.F1,7:0.0000} | {r.BCubed.Precision,7:0.0000} {r.BCubed.Recall,7:0.0000} {r.BCubed.F1,7:0.0000}"));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
