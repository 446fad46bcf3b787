using FocalPoint.Linkage.Clustering;
using FocalPoint.Linkage.Data;
using FocalPoint.Linkage.Model;

namespace FocalPoint.Linkage.Tests;

public class ConstrainedClusteringTests
{
    // A chain 0-1-2-3-4-5 of single links, strongest at the start.
    private static readonly List<Edge> Chain = [.. Enumerable.Range(0, 5).Select(i => new Edge(i, i + 1, 20 - i))];

    [Fact]
    public void Join_ComponentsOnChain_OneCluster()
    {
        var sets = Run(Chain, new ClusteringSettings(), sources: new byte[6]);

        Assert.Single(Enumerable.Range(0, 6).Select(sets.Find).Distinct());
    }

    [Fact]
    public void Join_NoChainingOnChain_SplitsWhereSupportIsThin()
    {
        var sets = Run(Chain, new ClusteringSettings { Method = "no-chaining", MinSupport = 0.5 }, sources: new byte[6]);

        Assert.NotEqual(sets.Find(0), sets.Find(5));
        Assert.Equal(sets.Find(0), sets.Find(1));
    }

    [Fact]
    public void Join_NoChainingOnFullyMatchedGroup_KeepsItWhole()
    {
        List<Edge> clique = [.. from a in Enumerable.Range(0, 5) from b in Enumerable.Range(a + 1, 4 - a) select new Edge(a, b, 10 + a + b)];

        var sets = Run(clique, new ClusteringSettings { Method = "no-chaining" }, sources: new byte[5]);

        Assert.Single(Enumerable.Range(0, 5).Select(sets.Find).Distinct());
    }

    [Fact]
    public void Join_OnePerSource_NeverTwoRecordsOfOneSource()
    {
        List<Edge> edges = [new(0, 1, 10), new(1, 2, 9), new(2, 3, 8)];

        var sets = Run(edges, new ClusteringSettings { OnePerSource = true }, sources: [0, 1, 0, 2]);

        Assert.Equal(sets.Find(0), sets.Find(1));
        Assert.NotEqual(sets.Find(1), sets.Find(2));
        Assert.Equal(sets.Find(2), sets.Find(3));
    }

    [Fact]
    public void Join_MaxClusterSize_NoLargerCluster()
    {
        var sets = Run(Chain, new ClusteringSettings { MaxClusterSize = 2 }, sources: new byte[6]);

        Assert.All(Enumerable.Range(0, 6).GroupBy(sets.Find), g => Assert.True(g.Count() <= 2));
    }

    [Fact]
    public void ClusterReport_Chain_NamesWeakestBridgeAndLargestCluster()
    {
        var data = Data(new byte[6]);
        var sets = Run(Chain, new ClusteringSettings(), data.Source);
        var clusters = ClusterBuilder.Build(data.Ids, sets, null);

        var report = ClusterDiagnostics.Build(data, Chain, clusters);

        Assert.Equal(6, report.LargestClusters[0].Size);
        Assert.Equal(("r4", "r5", 16.0), (report.WeakestBridges[0].LeftId, report.WeakestBridges[0].RightId, report.WeakestBridges[0].MatchWeight));
        Assert.Equal(5, report.WeakestBridges.Count);
    }

    private static UnionFind Run(List<Edge> edges, ClusteringSettings settings, byte[] sources)
    {
        var data = Data(sources);
        return Edges.Join(data, edges, new LinkOptions(), PairMode.Dedupe, settings);
    }

    private static PreparedData Data(byte[] sources) =>
        new([.. sources.Select((_, i) => $"r{i}")], sources, [], PairMode.Dedupe);
}
