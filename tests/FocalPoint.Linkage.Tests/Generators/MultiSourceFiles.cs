namespace FocalPoint.Linkage.Tests.Generators;

/// <summary>
/// Several deduplicated sources of one population (each person at most once per source), a chosen share of
/// records corrupted, ids numbered per source so that sources share an id space, and the truth.
/// </summary>
internal static class MultiSourceFiles
{
    public static (List<SourceTable> Sources, Dictionary<string, string> Truth) Generate(
        int people, int sources, double corruption, int seed, double presence = 0.7)
    {
        var rng = new Random(seed);
        var population = Population.Generate(people, rng);
        var tables = new List<SourceTable>();
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var s = 0; s < sources; s++)
        {
            var name = $"s{s + 1}";
            var table = new RecordTable(Person.Columns);
            var next = 0;
            foreach (var p in population.OrderBy(_ => rng.Next()))
            {
                if (rng.NextDouble() >= presence) continue;
                var id = (++next).ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);
                var row = p.Row(id);
                table.Add(rng.NextDouble() < corruption ? Corruption.Apply(row, rng) : row);
                truth[SourceTable.Qualify(name, id)] = p.Entity;
            }
            tables.Add(new SourceTable(name, table));
        }
        return (tables, truth);
    }
}
