using FocalPoint.Network;

namespace FocalPoint.Cli.Network;

/// <summary>The metrics of one graph with the key-player ranking of every node, indexed by node.</summary>
internal sealed record MetricsTable(Graph Graph, NodeMetrics Metrics, KeyPlayer?[] KeyPlayerOf)
{
    public static MetricsTable Compute(Graph graph)
    {
        var metrics = NodeMetrics.Compute(graph);
        // Every node is ranked, not only the top 20: the file is the whole table an analyst sorts and filters.
        var byNode = new KeyPlayer?[graph.NodeCount];
        foreach (var player in KeyPlayers.Rank(graph, metrics, top: graph.NodeCount))
        {
            byNode[player.Node] = player;
        }

        return new MetricsTable(graph, metrics, byNode);
    }
}
