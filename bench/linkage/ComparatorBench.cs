using System.Diagnostics;
using System.Globalization;
using System.Text;
using FocalPoint.Linkage.Comparison;

namespace FocalPoint.Bench.Linkage;

/// <summary>Jaro-Winkler and Damerau-Levenshtein on the same string pairs, ours and Python jellyfish's.</summary>
internal static class ComparatorBench
{
    public static (double Ratio, string[] Lines) Run(int pairs, string python)
    {
        var (left, right) = MakePairs(pairs);
        var lines = new List<string>();
        var ours = new Dictionary<string, double>();
        foreach (var (name, f) in new (string, Func<string, string, double>)[]
                 { ("jaro_winkler", (a, b) => JaroWinkler.Similarity(a, b)), ("damerau_levenshtein", (a, b) => DamerauLevenshtein.Distance(a, b)) })
        {
            // Warm up until tiered JIT has promoted the loops, then keep the best of three (shared machine).
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < 1) Measure(left, right, f, 1);
            var single = Enumerable.Range(0, 3).Max(_ => Measure(left, right, f, 1));
            var parallel = Enumerable.Range(0, 3).Max(_ => Measure(left, right, f, Environment.ProcessorCount));
            ours[name] = single;
            lines.Add($"linkage.{name}.ours_1_thread: {single:F0} pairs/s");
            lines.Add($"linkage.{name}.ours_{Environment.ProcessorCount}_threads: {parallel:F0} pairs/s");
        }
        var theirs = Jellyfish.Run(left, right, python);
        var ratio = double.PositiveInfinity;
        foreach (var (name, speed) in theirs)
        {
            var r = ours[name] / speed;
            ratio = Math.Min(ratio, r);
            lines.Add($"linkage.{name}.jellyfish: {speed:F0} pairs/s");
            lines.Add($"linkage.{name}.ratio: {r.ToString("F2", CultureInfo.InvariantCulture)}");
        }
        return (theirs.Count == 2 ? ratio : double.NaN, [.. lines]);
    }

    private static double Measure(string[] left, string[] right, Func<string, string, double> f, int threads)
    {
        var clock = Stopwatch.StartNew();
        var sink = new double[threads];
        Parallel.For(0, threads, t =>
        {
            var sum = 0.0;
            for (var i = t; i < left.Length; i += threads) sum += f(left[i], right[i]);
            sink[t] = sum;
        });
        return left.Length / clock.Elapsed.TotalSeconds;
    }

    // Names against a variant of themselves (half) or another name (half), as blocking hands them over.
    internal static (string[] Left, string[] Right) MakePairs(int count)
    {
        var rng = new Random(7);
        string[][] pools = [NamePools.AlbanianSurnames, NamePools.AlbanianMale, NamePools.SerbianSurnames, NamePools.AlbanianFemale];
        var left = new string[count];
        var right = new string[count];
        for (var i = 0; i < count; i++)
        {
            var pool = pools[rng.Next(pools.Length)];
            var a = pool[rng.Next(pool.Length)].ToLowerInvariant();
            left[i] = a;
            right[i] = rng.Next(2) == 0 ? Variants.Spelling(a, rng).ToLowerInvariant() : pool[rng.Next(pool.Length)].ToLowerInvariant();
        }
        return (left, right);
    }
}

/// <summary>Runs jellyfish in the same process tree on the same pairs, written to a temporary file.</summary>
internal static class Jellyfish
{
    private const string Script = """
        import sys, time, jellyfish
        pairs = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')]
        a = [p[0] for p in pairs]; b = [p[1] for p in pairs]
        for name, f in (('jaro_winkler', jellyfish.jaro_winkler_similarity), ('damerau_levenshtein', jellyfish.damerau_levenshtein_distance)):
            list(map(f, a[:10000], b[:10000]))
            dt = float('inf')
            for _ in range(3):
                t = time.perf_counter(); list(map(f, a, b)); dt = min(dt, time.perf_counter() - t)
            print(name, len(a) / dt)
        """;

    public static Dictionary<string, double> Run(string[] left, string[] right, string python)
    {
        var dir = Directory.CreateTempSubdirectory("fp-linkage-");
        try
        {
            var data = Path.Combine(dir.FullName, "pairs.tsv");
            var script = Path.Combine(dir.FullName, "bench.py");
            File.WriteAllLines(data, left.Select((l, i) => l + "\t" + right[i]), new UTF8Encoding(false));
            File.WriteAllText(script, Script);
            var info = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add("-W");
            info.ArgumentList.Add("ignore");
            info.ArgumentList.Add(script);
            info.ArgumentList.Add(data);
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) Console.Error.WriteLine($"jellyfish failed: {error}");
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split(' '))
                .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
