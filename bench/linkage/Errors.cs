using FocalPoint.Linkage;

namespace FocalPoint.Bench.Linkage;

/// <summary>With BENCH_VERBOSE=1, a sample of missed and wrong links on stderr: what tuning the settings starts from.</summary>
internal static class Errors
{
    public static void Print(string name, RecordTable table, Dictionary<string, string> truth, LinkageResult result)
    {
        var row = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < table.Count; r++)
        {
            row[table.Get(r, table.Columns[0])!] = r;
        }

        var clusters = result.Clusters.Assignments;
        var byEntity = truth.Where(t => row.ContainsKey(t.Key)).GroupBy(t => t.Value).Where(g => g.Count() > 1);
        var missed = 0;
        foreach (var entity in byEntity)
        {
            var ids = entity.Select(e => e.Key).ToArray();
            if (ids.Select(i => clusters[i]).Distinct().Count() == 1 || missed++ >= 15)
            {
                continue;
            }

            Console.Error.WriteLine($"[{name}] missed: " + string.Join("  ||  ", ids.Select(i => Describe(table, row[i]) + " → " + clusters[i])));
        }

        var wrong = 0;
        foreach (var cluster in result.Clusters.Clusters.Where(c => c.MemberIds.Select(m => truth[m]).Distinct().Count() > 1).Take(15))
        {
            wrong++;
            Console.Error.WriteLine($"[{name}] merged: " + string.Join("  ||  ", cluster.MemberIds.Take(6).Select(i => Describe(table, row[i]) + " ≡" + truth[i])));
        }

        Console.Error.WriteLine($"[{name}] {missed} entities split, {wrong}+ clusters wrongly merged (samples above)");
        Console.Error.WriteLine(result.Model.ToJson());
    }

    private static string Describe(RecordTable table, int r) =>
        string.Join(",", table.Columns.Select(c => table.Get(r, c) ?? ""));
}
