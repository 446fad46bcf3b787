using System.Globalization;
using FocalPoint.Linkage;

namespace FocalPoint.Bench.Linkage;

/// <summary>
/// F1 of the shipped example settings on the demo generator's ground truth: the figure issue 5 sets
/// (persons 0.95, firearms 0.98 at 100,000 person records).
/// </summary>
internal static class DemoLinkage
{
    public static void Run(double scale, bool verbose)
    {
        var persons = (int)(100_000 * scale);
        var records = DemoRecords.Generate(persons);
        Console.WriteLine($"linkage.demo.records: {records.Persons.Count} persons, {records.Firearms.Count} firearms");
        Evaluate("persons", records.Persons, records.PersonTruth, "persons-linkage.json", verbose);
        Evaluate("firearms", records.Firearms, records.FirearmTruth, "firearms-linkage.json", verbose);
    }

    private static void Evaluate(string name, RecordTable table, Dictionary<string, string> truth, string settingsFile, bool verbose)
    {
        // The settings are the files shipped in docs/examples, copied next to the benchmark at build time.
        var settings = LinkageSettings.FromJson(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", settingsFile)));
        var result = new Linker(settings).Deduplicate(table);
        var eval = LinkageEvaluation.FromClusters(result.Clusters.Assignments, truth);
        Console.WriteLine(F($"linkage.demo.{name}.seconds: {result.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(F($"linkage.demo.{name}.candidate_pairs: {result.Blocking.CandidatePairs} pairs"));
        Console.WriteLine(F($"linkage.demo.{name}.precision: {eval.Precision:F4}"));
        Console.WriteLine(F($"linkage.demo.{name}.recall: {eval.Recall:F4}"));
        Console.WriteLine(F($"linkage.demo.{name}.f1: {eval.F1:F4}"));
        if (verbose)
        {
            Errors.Print(name, table, truth, result);
        }
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
