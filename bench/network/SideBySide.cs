using System.Diagnostics;
using System.Globalization;
using FocalPoint.Network;

namespace FocalPoint.Bench.Network;

/// <summary>Times our operations and igraph's on one numbered edge list and prints each figure and ratio.</summary>
internal static class SideBySide
{
    /// <summary>Returns igraph time / our time per compared operation. <paramref name="small"/> "-" skips exact betweenness.</summary>
    public static List<double> Run(string prefix, string path, int nodes, string small, string python, string dir)
    {
        var random = new Random(7);
        var bfsSources = Enumerable.Range(0, 100).Select(_ => random.Next(nodes)).ToArray();
        var sourcesPath = Path.Combine(dir, "sources.txt");
        File.WriteAllText(sourcesPath, string.Join('\n', bfsSources));

        var ours = new Dictionary<string, double>();
        var graph = Time(ours, "load", () => Load(path));
        Time(ours, "components", () => Components.Find(graph));
        Time(ours, "bfs", () => Bfs.Distances(graph, bfsSources.Select(id => graph.IndexOf(id)).ToArray()));
        var pagerank = Time(ours, "pagerank", () => Centrality.PageRank(graph, tolerance: 1e-10));
        var sampled = Time(ours, "betweenness256", () => Centrality.SampledBetweenness(graph, 256, seed: 11));
        Graph? smallGraph = null;
        IReadOnlyList<double>? betweenness = null;
        if (small != "-")
        {
            smallGraph = Load(small);
            betweenness = Time(ours, "betweenness_exact", () => Centrality.Betweenness(smallGraph));
        }

        var theirs = IgraphRunner.Run(python, path, small, sourcesPath, dir);
        var ratios = new List<double>();
        foreach (var op in new[] { "load", "components", "bfs", "pagerank", "betweenness_exact" }.Where(ours.ContainsKey))
        {
            var y = double.Parse(theirs[op], CultureInfo.InvariantCulture);
            var ratio = y / ours[op];
            ratios.Add(ratio);
            Console.WriteLine(FormattableString.Invariant($"{prefix}.{op}.ours: {ours[op]:0.000} s"));
            Console.WriteLine(FormattableString.Invariant($"{prefix}.{op}.igraph: {y:0.000} s"));
            Console.WriteLine(FormattableString.Invariant($"{prefix}.{op}.ratio: {ratio:0.00}"));
        }

        Console.WriteLine(FormattableString.Invariant($"{prefix}.betweenness256.ours: {ours["betweenness256"]:0.000} s (igraph 0.10.2 has no sources= subset; see README)"));
        Console.WriteLine(FormattableString.Invariant($"{prefix}.betweenness256.normalised_error_bound_95: {sampled.NormalisedErrorBound:0.0000}"));
        var igraphRank = File.ReadAllLines(Path.Combine(dir, "igraph_pagerank.txt")).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        var byId = ById(graph, pagerank);
        Console.WriteLine(FormattableString.Invariant($"{prefix}.pagerank.max_abs_diff: {byId.Zip(igraphRank, (a, b) => Math.Abs(a - b)).Max():0.0e+0}"));
        Console.WriteLine($"{prefix}.top20.pagerank.match: {(Top20(byId) == theirs["top20.pagerank"]).ToString().ToLowerInvariant()}");
        if (smallGraph is not null)
        {
            Console.WriteLine($"{prefix}.top20.betweenness.match: {(Top20(ById(smallGraph, betweenness!)) == theirs["top20.betweenness"]).ToString().ToLowerInvariant()}");
        }

        return ratios;
    }

    public static Graph Load(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, false, 1 << 20);
        return new EdgeListParser().Parse(reader);
    }

    private static T Time<T>(Dictionary<string, double> into, string name, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        into[name] = watch.Elapsed.TotalSeconds;
        return result;
    }

    // Values re-ordered by numeric id, which is igraph's vertex number.
    private static double[] ById(Graph graph, IReadOnlyList<double> values)
    {
        var result = new double[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            result[graph.IdOf(v).Number] = values[v];
        }

        return result;
    }

    private static string Top20(double[] values) =>
        string.Join(',', Enumerable.Range(0, values.Length).OrderByDescending(v => values[v]).ThenBy(v => v).Take(20));
}
