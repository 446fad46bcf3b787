using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Application.Network.Saved;
using FocalPoint.Data.Auditing;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Network.Export;

public enum ChartExportFormat
{
    GraphMl,

    /// <summary>A zip of nodes.csv and edges.csv.</summary>
    Csv,

    /// <summary>The picture is drawn in the browser; the server only records the export.</summary>
    Png,
}

/// <summary>The chart to export: its node keys and positions (what the analyst sees), nothing else.</summary>
public sealed record ChartExportRequest(ChartExportFormat Format, IReadOnlyList<LaidOutNode> Nodes, string? Purpose = null);

public sealed record ChartFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Exports the chart as GraphML or CSV for i2 Analyst's Notebook, Maltego, Gephi or yEd. Labels and links are taken
/// from the user's own view, never from the browser, so an export cannot carry more than the user may see; an export
/// holding persons is logged as Export with the purpose.
/// </summary>
public sealed class ExportChart(VisibleGraphs graphs, IAuditLog audit, IOptions<LinkChartOptions> options)
{
    public async Task<CommandResult<ChartFile>> HandleAsync(ChartExportRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Nodes is not { Count: > 0 } || request.Nodes.Count > options.Value.MaxNodes)
        {
            var errors = new ValidationErrors();
            errors.Add(nameof(request.Nodes), Messages.ChartExportNodes, options.Value.MaxNodes);
            return CommandResult<ChartFile>.Invalid(errors);
        }

        var view = await graphs.GetAsync(cancellationToken);
        var elements = view.Elements(view.Resolve(request.Nodes.Select(n => n.Key)));
        var persons = ChartAudit.PersonRecords(elements.Nodes);
        if (ChartAudit.MissingPurpose(persons, request.Purpose) is { } missing)
        {
            return CommandResult<ChartFile>.Invalid(missing);
        }

        var positions = request.Nodes.GroupBy(n => n.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (g.First().X, g.First().Y), StringComparer.Ordinal);
        var file = request.Format switch
        {
            ChartExportFormat.GraphMl => new ChartFile("link-chart.graphml", "application/graphml+xml", GraphMlWriter.Write(elements, positions)),
            ChartExportFormat.Csv => new ChartFile("link-chart-csv.zip", "application/zip", await ChartCsvWriter.WriteZipAsync(elements, positions, cancellationToken)),
            _ => new ChartFile("link-chart.png", "image/png", []),
        };
        await ChartAudit.RecordAsync(audit, AuditAction.Export, persons, request.Purpose,
            string.Create(CultureInfo.InvariantCulture, $"link chart exported as {request.Format}: {elements.Nodes.Count} nodes, {elements.Edges.Count} links"), cancellationToken);
        return CommandResult<ChartFile>.Ok(file);
    }
}
