using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Data.Auditing;
using FocalPoint.Network;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Network.Chart;

/// <summary>Expand the chart from <see cref="Seeds"/> by up to <see cref="Hops"/> links; <see cref="OnChart"/> lets the count say how many are new.</summary>
public sealed record ExpandRequest(
    IReadOnlyList<string> Seeds, int Hops = 1, ChartFilter? Filter = null, IReadOnlyList<string>? OnChart = null, bool Confirmed = false, string? Purpose = null);

public enum ExpandStatus
{
    /// <summary>The elements are in the answer.</summary>
    Ready,

    /// <summary>More than the confirmation threshold would be added: ask, showing <see cref="ExpandResult.Added"/>, then repeat with Confirmed.</summary>
    NeedsConfirmation,

    /// <summary>The chart would pass its hard maximum: refused; narrow by type, time or hops.</summary>
    TooLarge,
}

/// <param name="SeedKeys">The seeds as drawn: a resolved record's seed ("person:12") is its entity's node ("person:e3").</param>
public sealed record ExpandResult(ExpandStatus Status, int Added, int Reached, ChartElements Elements, string? Message, IReadOnlyList<string>? SeedKeys = null);

/// <summary>
/// The step-by-step expansion of a link chart. The whole expansion is counted first (linear, no hang), so the user
/// learns "this adds 12,345 nodes" before anything is drawn; above the threshold they confirm, above the hard
/// maximum they narrow the question instead.
/// </summary>
public sealed class ExpandNeighbourhood(VisibleGraphs graphs, IAuditLog audit, IOptions<LinkChartOptions> options)
{
    public const int MaxHops = 4;

    public async Task<CommandResult<ExpandResult>> HandleAsync(ExpandRequest request, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var errors = new ValidationErrors();
        if (request.Seeds is not { Count: > 0 } || request.Seeds.Count > o.MaxNodes)
        {
            errors.Add(nameof(request.Seeds), Messages.ChartExpandSeeds, o.MaxNodes);
        }

        if (request.Hops is < 1 or > MaxHops)
        {
            errors.Add(nameof(request.Hops), Messages.ChartHops, MaxHops);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<ExpandResult>.Invalid(errors);
        }

        var view = await graphs.GetAsync(cancellationToken);
        // A page opens the chart on its record ("Open in link chart"); once resolved, the record is drawn as its entity.
        var seeds = view.Resolve(request.Seeds.Select(view.DrawnKey));
        if (seeds.Count == 0)
        {
            return CommandResult<ExpandResult>.Missing();
        }

        var onChart = view.Resolve(request.OnChart).ToHashSet();
        onChart.UnionWith(seeds);
        var result = Neighbourhood.Expand(view.Graph, seeds, request.Hops, view.Filter(request.Filter), o.MaxNodes);
        var added = result.Truncated ? result.TotalCount - onChart.Count : result.Nodes.Count(n => !onChart.Contains(n));
        if (result.Truncated || onChart.Count + added > o.MaxNodes)
        {
            var message = string.Create(CultureInfo.InvariantCulture,
                $"This expansion reaches {result.TotalCount:N0} nodes; a chart holds at most {o.MaxNodes:N0}. Narrow it by node type, time window or fewer hops.");
            return CommandResult<ExpandResult>.Ok(new ExpandResult(ExpandStatus.TooLarge, added, result.TotalCount, ChartElements.Empty, message));
        }

        if (added > o.ConfirmAbove && !request.Confirmed)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"This expansion adds {added:N0} nodes to the chart. Add them?");
            return CommandResult<ExpandResult>.Ok(new ExpandResult(ExpandStatus.NeedsConfirmation, added, result.TotalCount, ChartElements.Empty, message));
        }

        var elements = view.Elements(result.Nodes.Concat(onChart));
        var persons = ChartAudit.PersonRecords(elements.Nodes);
        if (ChartAudit.MissingPurpose(persons, request.Purpose) is { } missing)
        {
            return CommandResult<ExpandResult>.Invalid(missing);
        }

        await ChartAudit.RecordAsync(audit, AuditAction.Combine, persons, request.Purpose,
            string.Create(CultureInfo.InvariantCulture, $"link chart: expanded {seeds.Count} node(s) by {request.Hops} hop(s), {elements.Nodes.Count} nodes shown"), cancellationToken);
        return CommandResult<ExpandResult>.Ok(new ExpandResult(ExpandStatus.Ready, added, result.TotalCount, elements, null, [.. seeds.Select(s => view.Graph.IdOf(s).ToString())]));
    }
}
