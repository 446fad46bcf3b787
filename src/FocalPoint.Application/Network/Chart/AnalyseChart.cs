using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Data.Auditing;
using FocalPoint.Network;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Network.Chart;

public sealed record AnalyseRequest(IReadOnlyList<string> Keys, string? Purpose = null);

public sealed record NodeScore(string Key, int Degree, double Betweenness, double PageRank, int Community);

public sealed record ChartKeyPlayer(string Key, string Label, int Rank, double Score, IReadOnlyList<KeyPlayerReason> Reasons);

public sealed record ChartAnalysis(IReadOnlyList<NodeScore> Scores, int Communities, double Modularity, IReadOnlyList<ChartKeyPlayer> KeyPlayers);

/// <summary>
/// Communities, centrality and key players of the nodes on the chart (the subgraph the analyst built, not the whole
/// registry: that is the question an analyst asks of a chart, and it stays fast at 5,000 nodes).
/// </summary>
public sealed class AnalyseChart(VisibleGraphs graphs, IAuditLog audit, IOptions<LinkChartOptions> options)
{
    public const int KeyPlayerCount = 10;

    public async Task<CommandResult<ChartAnalysis>> HandleAsync(AnalyseRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Keys is not { Count: > 0 } || request.Keys.Count > options.Value.MaxNodes)
        {
            var errors = new ValidationErrors();
            errors.Add(nameof(request.Keys), Messages.ChartAnalyseNodes, options.Value.MaxNodes);
            return CommandResult<ChartAnalysis>.Invalid(errors);
        }

        var view = await graphs.GetAsync(cancellationToken);
        var elements = view.Elements(view.Resolve(request.Keys));
        var persons = ChartAudit.PersonRecords(elements.Nodes);
        if (ChartAudit.MissingPurpose(persons, request.Purpose) is { } missing)
        {
            return CommandResult<ChartAnalysis>.Invalid(missing);
        }

        var builder = new GraphBuilder();
        foreach (var node in elements.Nodes)
        {
            builder.AddNode(node.Key, node.Type);
        }

        foreach (var edge in elements.Edges)
        {
            builder.AddLink(edge.Source, edge.Target, edge.Type, null, edge.Weight);
        }

        var graph = builder.Build();
        var metrics = NodeMetrics.Compute(graph, new MetricsOptions { ClosenessLimit = 0 });
        var labels = elements.Nodes.ToDictionary(n => n.Key, n => n.Label, StringComparer.Ordinal);
        var players = KeyPlayers.Rank(graph, metrics, Math.Min(KeyPlayerCount, graph.NodeCount))
            .Select(p => new ChartKeyPlayer(p.Id.ToString(), labels[p.Id.ToString()], p.Rank, p.Score, p.Reasons)).ToList();
        var scores = Enumerable.Range(0, graph.NodeCount)
            .Select(v => new NodeScore(graph.IdOf(v).ToString(), metrics.Degree[v], metrics.Betweenness[v], metrics.PageRank[v], metrics.Community[v])).ToList();
        await ChartAudit.RecordAsync(audit, AuditAction.Combine, persons, request.Purpose,
            string.Create(CultureInfo.InvariantCulture, $"link chart: communities and centrality of {graph.NodeCount} nodes"), cancellationToken);
        return CommandResult<ChartAnalysis>.Ok(new ChartAnalysis(scores, metrics.Community.Count == 0 ? 0 : metrics.Community.Max() + 1, metrics.Modularity, players));
    }
}
