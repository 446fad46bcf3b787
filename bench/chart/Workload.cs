using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Network;

namespace FocalPoint.Bench.Chart;

/// <summary>The same chart questions asked of both views: 2-hop expansions and shortest paths between visible nodes.</summary>
internal static class Workload
{
    public delegate bool Finder(NodeId id, out int node);

    /// <summary>The chart's default types: municipalities off (as hubs they would join every pair of incidents).</summary>
    public static GraphFilter ChartFilter(VisibilityMask? mask) => new()
    {
        NodeTypes = ["person", "firearm", "vehicle", "identifier", "organisation", "incident", "location"],
        Visibility = mask,
    };

    public static int FirstSeed(RegistrySnapshot snapshot, Finder find)
    {
        for (var v = 0; v < snapshot.NodeCount; v++)
        {
            if (snapshot.Graph.NodeTypeOf(v) == "vehicle" && find(snapshot.Graph.IdOf(v), out var node))
            {
                return node;
            }
        }

        return 0;
    }

    /// <summary>Snapshot nodes visible in <paramref name="mask"/> of the kinds an analyst starts from, drawn at random (fixed seed).</summary>
    public static List<int> Seeds(RegistrySnapshot snapshot, VisibilityMask mask, int count, int seed)
    {
        var random = new Random(seed);
        var seeds = new List<int>();
        for (var tries = 0; seeds.Count < count && tries < count * 1000; tries++)
        {
            var v = random.Next(snapshot.NodeCount);
            if (mask.IsNodeVisible(v) && snapshot.Graph.NodeTypeOf(v) is "vehicle" or "person" or "firearm" or "incident")
            {
                seeds.Add(v);
            }
        }

        return seeds;
    }
}
