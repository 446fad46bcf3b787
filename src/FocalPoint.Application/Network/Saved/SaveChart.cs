using System.Text.Json;
using FocalPoint.Application.Common;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Network.Saved;

/// <summary>Save a chart with a case (new when <see cref="Id"/> is null, otherwise replace that chart's layout).</summary>
public sealed record SaveChartRequest(long CaseId, string Title, ChartLayout Layout, long? Id = null);

/// <summary>Keeps a chart with a case the user works on (team member or owner); another case answers "not found".</summary>
public sealed class SaveChart(FocalPointDbContext db, IAccessContext accessContext, IOptions<LinkChartOptions> options)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CommandResult<long>> HandleAsync(SaveChartRequest request, CancellationToken cancellationToken = default)
    {
        var errors = Validate(request);
        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Unrestricted && !access.CaseIds.Contains(request.CaseId) || !await db.Cases.AnyAsync(c => c.Id == request.CaseId, cancellationToken))
        {
            return CommandResult<long>.Missing();
        }

        var chart = request.Id is { } id
            ? await db.SavedCharts.FirstOrDefaultAsync(c => c.Id == id && c.CaseId == request.CaseId, cancellationToken)
            : db.SavedCharts.Add(new SavedChart { CaseId = request.CaseId }).Entity;
        if (chart is null)
        {
            return CommandResult<long>.Missing();
        }

        chart.Title = request.Title.Trim();
        chart.NodeCount = request.Layout.Nodes.Count;
        chart.LayoutJson = JsonSerializer.Serialize(request.Layout, Json);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(chart.Id);
    }

    private ValidationErrors Validate(SaveChartRequest request)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > SavedChart.MaxTitleLength)
        {
            errors.Add(nameof(request.Title), Messages.ChartTitle, SavedChart.MaxTitleLength);
        }

        if (request.Layout?.Nodes is not { Count: > 0 } nodes || nodes.Count > options.Value.MaxNodes)
        {
            errors.Add(nameof(request.Layout), Messages.ChartNodes, options.Value.MaxNodes);
        }
        else if (nodes.Any(n => !NodeKeys.TryParse(n.Key, out _, out _) || !double.IsFinite(n.X) || !double.IsFinite(n.Y)))
        {
            errors.Add(nameof(request.Layout), Messages.ChartNodeKeys);
        }

        if (request.Layout?.Groups?.Any(g => g.Label?.Length > 100 || string.IsNullOrWhiteSpace(g.Key) || g.Key.Length > 60) == true)
        {
            errors.Add(nameof(request.Layout), Messages.ChartGroupNames);
        }

        return errors;
    }
}
