using System.Globalization;
using FocalPoint.Linkage;
using FocalPoint.Linkage.Tests.Generators;

namespace FocalPoint.Bench.Linkage;

/// <summary>
/// The targets of issue 17 on generated files (tests/FocalPoint.Linkage.Tests/Generators): five deduplicated sources
/// of one population at 0, 20 and 40% corrupted records, linked with the settings `link settings suggest
/// --sources-deduplicated` proposes (no hand tuning), scored on pairs across sources; the correlated-fields file
/// with and without its redundant town column; and the largest cluster against the declared maximum.
/// </summary>
internal static class TargetLinkage
{
    private const int Sources = 5;

    public static void Run(double scale)
    {
        var people = Math.Max(500, (int)(20_000 * scale));
        var largest = 0;
        foreach (var (corruption, target) in new[] { (0.0, 0.99), (0.2, 0.96), (0.4, 0.95) })
        {
            var (sources, truth) = MultiSourceFiles.Generate(people, Sources, corruption, seed: 17);
            var suggested = SettingsSuggestion.Suggest([.. sources.Select(s => s.Records)], sourcesDeduplicated: true);
            var result = new Linker(suggested.Settings).LinkSources(sources);
            var eval = CrossSourceEvaluation.Pooled(result.Clusters.Assignments, truth, id => SourceTable.Split(id).Source);
            var name = $"multisource_{corruption * 100:0}pct";
            Console.WriteLine(F($"linkage.{name}.records: {result.Records} records in {Sources} sources"));
            Console.WriteLine(F($"linkage.{name}.seconds: {result.Elapsed.TotalSeconds:F1} s"));
            Console.WriteLine(F($"linkage.{name}.cross_source_f1: {eval.F1:F4} (target >= {target:F2}; precision {eval.Precision:F4}, recall {eval.Recall:F4})"));
            largest = Math.Max(largest, result.Clusters.Clusters.Max(c => c.MemberIds.Count));
        }
        Console.WriteLine(F($"linkage.multisource.largest_cluster: {largest} records (declared maximum {Sources})"));

        var (table, correlatedTruth) = CorrelatedFile.Generate(Math.Max(1000, (int)(20_000 * scale)), seed: 17);
        var with = F1(table, correlatedTruth);
        var without = F1(CorrelatedFile.WithoutTown(table), correlatedTruth);
        Console.WriteLine(F($"linkage.correlated.f1_with_town: {with.F1:F4}"));
        Console.WriteLine(F($"linkage.correlated.f1_without_town: {without.F1:F4}"));
        Console.WriteLine(F($"linkage.correlated.f1_difference: {Math.Abs(with.F1 - without.F1):F4} (target <= 0.01)"));

        // The engine's own guard, without the suggestion's help: town and postcode both compared.
        var forced = SettingsSuggestion.Suggest([table]).Settings;
        forced.Comparisons.Add(new ComparisonSettings { Column = "town", Normalisers = ["text"], Comparator = "jaro-winkler", Levels = [0.9], TermFrequency = true });
        var both = new Linker(forced).Deduplicate(table);
        var bothF1 = LinkageEvaluation.FromClusters(both.Clusters.Assignments, correlatedTruth).F1;
        Console.WriteLine(F($"linkage.correlated.f1_town_and_postcode_compared: {bothF1:F4} ({string.Join("; ", both.DependentFields.Select(d => $"{d.First}+{d.Second} {(d.Combined ? "combined" : "reported")}"))})"));
    }

    private static EvaluationResult F1(RecordTable table, Dictionary<string, string> truth)
    {
        var settings = SettingsSuggestion.Suggest([table]).Settings;
        var result = new Linker(settings).Deduplicate(table);
        return LinkageEvaluation.FromClusters(result.Clusters.Assignments, truth);
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
