namespace FocalPoint.Linkage.Tests.Generators;

/// <summary>
/// One file to deduplicate where town and postcode carry the same information, with a common-surname block and
/// duplicates of a fifth of the people; <see cref="WithoutTown"/> gives the same records without the redundant column.
/// </summary>
internal static class CorrelatedFile
{
    public static (RecordTable Table, Dictionary<string, string> Truth) Generate(int people, int seed, double corruption = 0.3)
    {
        var rng = new Random(seed);
        var table = new RecordTable(Person.Columns);
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        var n = 0;
        foreach (var p in Population.Generate(people, rng, surnameSkew: 1.2))
        {
            var copies = rng.NextDouble() < 0.2 ? 2 + rng.Next(2) : 1;
            for (var c = 0; c < copies; c++)
            {
                var id = $"r{n++}";
                var row = p.Row(id);
                row[7] = null; // no e-mail: the names, birth date and the place must do the work
                table.Add(c > 0 && rng.NextDouble() < corruption ? Corruption.Apply(row, rng) : row);
                truth[id] = p.Entity;
            }
        }
        return (table, truth);
    }

    public static RecordTable WithoutTown(RecordTable table)
    {
        var columns = table.Columns.Where(c => c != "town").ToArray();
        var copy = new RecordTable(columns);
        for (var r = 0; r < table.Count; r++) copy.Add([.. columns.Select(c => table.Get(r, c))]);
        return copy;
    }
}
