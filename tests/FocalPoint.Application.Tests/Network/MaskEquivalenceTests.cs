using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Network.Visibility;
using FocalPoint.Network;

namespace FocalPoint.Application.Tests.Network;

/// <summary>
/// The masked traversals over the shared snapshot answer exactly like traversals over the former per-user copy of the
/// graph, for random registries and random reaches (which incidents, whether persons are visible).
/// </summary>
public sealed class MaskEquivalenceTests
{
    private static readonly string[] NoPlaces = ["person", "firearm", "vehicle", "identifier", "organisation", "incident", "location"];

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MaskedTraversal_RandomRegistryAndReach_AnswersLikeThePerUserCut(int seed)
    {
        var snapshot = RandomRegistry.Build(seed, 40 + (seed * 10));
        var g = snapshot.Graph;
        var random = new Random(seed);
        for (var reach = 0; reach < 4; reach++)
        {
            var share = random.NextDouble();
            var visible = Enumerable.Range(0, g.NodeCount).Where(v => snapshot.Nodes.Kinds[v] == ChartNodeKind.Incident && random.NextDouble() < share)
                .Select(v => snapshot.Nodes.RecordIds[v]).ToHashSet();
            var personalData = random.Next(2) == 0;

            var mask = ProfileMasks.Build(snapshot, v => visible.Contains(snapshot.Nodes.RecordIds[v]), personalData);
            var (cut, _) = PerUserCut.Cut(snapshot, visible, personalData);

            Assert.Equal(Keys(cut, Enumerable.Range(0, cut.NodeCount)), Keys(g, Enumerable.Range(0, g.NodeCount).Where(mask.IsNodeVisible)));
            Assert.Equal(cut.LinkCount, mask.VisibleLinkCount);
            for (var q = 0; q < 25; q++)
            {
                var filter = random.Next(2) == 0 ? GraphFilter.None : new GraphFilter { NodeTypes = NoPlaces };
                AssertSameExpansion(g, mask, cut, random.Next(g.NodeCount), 1 + random.Next(3), filter);
                AssertSamePaths(g, mask, cut, random.Next(g.NodeCount), random.Next(g.NodeCount), filter);
            }
        }
    }

    private static void AssertSameExpansion(Graph g, VisibilityMask mask, Graph cut, int seed, int hops, GraphFilter filter)
    {
        var masked = Neighbourhood.Expand(g, [seed], hops, filter with { Visibility = mask });
        if (!cut.TryGetIndex(g.IdOf(seed), out var onCut))
        {
            Assert.Empty(masked.Nodes);
            return;
        }

        var reference = Neighbourhood.Expand(cut, [onCut], hops, filter);
        Assert.Equal(Keys(cut, reference.Nodes), Keys(g, masked.Nodes));
        Assert.Equal(reference.Links.Count, masked.Links.Count);
        Assert.Equal(reference.TotalCount, masked.TotalCount);
    }

    private static void AssertSamePaths(Graph g, VisibilityMask mask, Graph cut, int from, int to, GraphFilter filter)
    {
        var masked = filter with { Visibility = mask };
        if (!cut.TryGetIndex(g.IdOf(from), out var a) || !cut.TryGetIndex(g.IdOf(to), out var b))
        {
            Assert.Null(Paths.Shortest(g, from, to, masked));
            Assert.Null(Paths.MostConfident(g, from, to, masked));
            Assert.Empty(Paths.AllSimple(g, from, to, 4, 50, masked).Paths);
            return;
        }

        Assert.Equal(Route(cut, Paths.Shortest(cut, a, b, filter)), Route(g, Paths.Shortest(g, from, to, masked)));
        Assert.Equal(Paths.MostConfident(cut, a, b, filter)?.Confidence, Paths.MostConfident(g, from, to, masked)?.Confidence);
        Assert.Equal(
            Paths.AllSimple(cut, a, b, 4, 50, filter).Paths.Select(p => Route(cut, p)),
            Paths.AllSimple(g, from, to, 4, 50, masked).Paths.Select(p => Route(g, p)));
    }

    private static string Route(Graph graph, GraphPath? path) => path is null ? "none" : string.Join('>', path.Nodes.Select(v => graph.IdOf(v).ToString()));

    private static string[] Keys(Graph graph, IEnumerable<int> nodes) => nodes.Select(v => graph.IdOf(v).ToString()).Order(StringComparer.Ordinal).ToArray();
}
