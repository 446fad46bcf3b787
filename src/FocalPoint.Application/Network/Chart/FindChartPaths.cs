using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Data.Auditing;
using FocalPoint.Network;

namespace FocalPoint.Application.Network.Chart;

public enum PathMode
{
    /// <summary>Fewest links.</summary>
    Shortest,

    /// <summary>Highest product of link confidences.</summary>
    MostConfident,

    /// <summary>Every simple path up to <see cref="PathRequest.MaxLength"/> links.</summary>
    AllSimple,
}

public sealed record PathRequest(string From, string To, PathMode Mode = PathMode.Shortest, int MaxLength = 4, ChartFilter? Filter = null, string? Purpose = null);

/// <summary>One path: node and link keys in order, its length and (for confidence) the product of confidences.</summary>
public sealed record ChartPath(IReadOnlyList<string> Nodes, IReadOnlyList<string> Edges, int Length, double Confidence);

public sealed record PathResult(IReadOnlyList<ChartPath> Paths, ChartElements Elements, bool Truncated);

/// <summary>Paths between two entities inside the user's view: a path never runs through what the user may not see.</summary>
public sealed class FindChartPaths(VisibleGraphs graphs, IAuditLog audit)
{
    public const int MaxSimpleLength = 6;
    public const int MaxSimplePaths = 50;

    public async Task<CommandResult<PathResult>> HandleAsync(PathRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (request.MaxLength is < 1 or > MaxSimpleLength)
        {
            errors.Add(nameof(request.MaxLength), Messages.ChartPathLength, MaxSimpleLength);
        }

        var view = await graphs.GetAsync(cancellationToken);
        if (!view.TryFind(request.From, out var from))
        {
            errors.Add(nameof(request.From), Messages.ChartUnknownEntity);
        }

        if (!view.TryFind(request.To, out var to))
        {
            errors.Add(nameof(request.To), Messages.ChartUnknownEntity);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<PathResult>.Invalid(errors);
        }

        var filter = view.Filter(request.Filter);
        var (paths, truncated) = request.Mode switch
        {
            PathMode.MostConfident => (Single(Paths.MostConfident(view.Graph, from, to, filter)), false),
            PathMode.AllSimple => Many(Paths.AllSimple(view.Graph, from, to, request.MaxLength, MaxSimplePaths, filter)),
            _ => (Single(Paths.Shortest(view.Graph, from, to, filter)), false),
        };
        var nodes = paths.SelectMany(p => p.Nodes).Distinct().ToList();
        var elements = new ChartElements(nodes.Select(view.Node).ToList(), paths.SelectMany(p => p.Links).Distinct().Select(view.Edge).ToList());
        var persons = ChartAudit.PersonRecords(elements.Nodes);
        if (ChartAudit.MissingPurpose(persons, request.Purpose) is { } missing)
        {
            return CommandResult<PathResult>.Invalid(missing);
        }

        await ChartAudit.RecordAsync(audit, AuditAction.Combine, persons, request.Purpose,
            string.Create(CultureInfo.InvariantCulture, $"link chart: {request.Mode} path(s), {paths.Count} found"), cancellationToken);
        var result = paths.Select(p => new ChartPath(
            p.Nodes.Select(n => view.Graph.IdOf(n).ToString()).ToList(), p.Links.Select(l => view.Edge(l).Key).ToList(), p.Length,
            request.Mode == PathMode.MostConfident ? p.Confidence : p.Links.Aggregate(1.0, (c, l) => c * Math.Min(1, view.Graph.GetLink(l).Weight)))).ToList();
        return CommandResult<PathResult>.Ok(new PathResult(result, elements, truncated));
    }

    private static List<GraphPath> Single(GraphPath? path) => path is null ? [] : [path];

    private static (List<GraphPath>, bool) Many(SimplePathsResult result) => ([.. result.Paths], result.Truncated);
}
