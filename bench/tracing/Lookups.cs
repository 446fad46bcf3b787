namespace FocalPoint.Bench.Tracing;

/// <summary>What officers type at the roadside: stolen serials as registered, misread, in part, and serials never reported.</summary>
internal static class Lookups
{
    public static List<string> Draw(IReadOnlyList<string> stolen, int count, int seed)
    {
        var random = new Random(seed);
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var serial = stolen[random.Next(stolen.Count)];
            queries.Add((i % 5) switch
            {
                0 or 1 => serial,
                2 => serial.Replace('0', 'O').Replace('1', 'I').Replace('5', 'S'),
                3 => Fragment(serial.Replace("-", "", StringComparison.Ordinal)),
                _ => SyntheticRegistry.Serial(random, 50_000_000 + i),
            });
        }

        return queries;
    }

    // Six characters from inside the serial, as an officer reads what is left of a worn marking.
    private static string Fragment(string serial) => serial.Length >= 8 ? serial[2..8] : serial;

    public static double P95(List<double> values)
    {
        values.Sort();
        return values[(int)Math.Ceiling(values.Count * 0.95) - 1];
    }
}
