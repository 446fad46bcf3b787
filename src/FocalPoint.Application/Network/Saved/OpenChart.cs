using System.Globalization;
using System.Text.Json;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Network.Saved;

/// <summary>A saved chart redrawn for its reader: <see cref="Elements"/> holds only what they can see today; <see cref="Withheld"/> says that some nodes were left out.</summary>
public sealed record OpenedChart(long Id, long CaseId, string Title, ChartLayout Layout, ChartElements Elements, bool Withheld);

/// <summary>
/// Reopens a chart of a case the user works on. Labels and links come from the current registry through the
/// reader's need-to-know view, so a chart saved by a colleague with wider reach shows this reader only their part.
/// </summary>
public sealed class OpenChart(FocalPointDbContext db, VisibleGraphs graphs, IAccessContext accessContext, IAuditLog audit)
{
    public async Task<Common.CommandResult<OpenedChart>> HandleAsync(long id, string? purpose, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var cases = access.CaseIds.ToList();
        var chart = await db.SavedCharts.AsNoTracking()
            .Where(c => c.Id == id && (access.Unrestricted || cases.Contains(c.CaseId)))
            .Select(c => new { c.Id, c.CaseId, c.Title, c.LayoutJson })
            .FirstOrDefaultAsync(cancellationToken);
        if (chart is null)
        {
            return Common.CommandResult<OpenedChart>.Missing();
        }

        var layout = JsonSerializer.Deserialize<ChartLayout>(chart.LayoutJson, SaveChart.Json) ?? new ChartLayout([]);
        var view = await graphs.GetAsync(cancellationToken);
        var nodes = view.Resolve(layout.Nodes.Select(n => n.Key));
        var elements = view.Elements(nodes);
        var persons = ChartAudit.PersonRecords(elements.Nodes);
        if (ChartAudit.MissingPurpose(persons, purpose) is { } missing)
        {
            return Common.CommandResult<OpenedChart>.Invalid(missing);
        }

        await ChartAudit.RecordAsync(audit, AuditAction.Combine, persons, purpose,
            string.Create(CultureInfo.InvariantCulture, $"link chart: opened saved chart {chart.Id} of case {chart.CaseId}"), cancellationToken);
        var shown = elements.Nodes.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var kept = layout with { Nodes = layout.Nodes.Where(n => shown.Contains(n.Key)).ToList() };
        return Common.CommandResult<OpenedChart>.Ok(new OpenedChart(chart.Id, chart.CaseId, chart.Title, kept, elements, nodes.Count < layout.Nodes.Count));
    }
}
