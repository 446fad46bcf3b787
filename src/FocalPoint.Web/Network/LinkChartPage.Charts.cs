using FocalPoint.Application.Common;
using FocalPoint.Application.Network.Export;
using FocalPoint.Application.Network.Saved;
using Microsoft.JSInterop;

namespace FocalPoint.Web.Network;

/// <summary>Saving, reopening and exporting the chart.</summary>
public partial class LinkChartPage
{
    private async Task ListChartsAsync() =>
        saved = caseId == 0 ? [] : await RunAsync<ListCaseCharts, IReadOnlyList<SavedChartRow>>(l => l.HandleAsync(caseId));

    private Task SaveAsNewAsync()
    {
        savedId = null;
        return SaveAsync();
    }

    private async Task SaveAsync()
    {
        var layout = await ReadStateAsync();
        var request = new SaveChartRequest(caseId, title, layout, savedId);
        var result = await RunAsync<SaveChart, CommandResult<long>>(s => s.HandleAsync(request));
        if (!result.Succeeded)
        {
            Say(result.NotFound ? L["Chart_Case_Gone"] : FirstError(result.Errors), error: true);
            return;
        }

        savedId = result.Value;
        await ListChartsAsync();
        Say(L["Chart_Saved", title.Trim()], error: false);
    }

    private async Task OpenAsync(long id)
    {
        var result = await RunAsync<OpenChart, CommandResult<OpenedChart>>(o => o.HandleAsync(id, purpose));
        if (!result.Succeeded)
        {
            Say(result.NotFound ? L["Chart_Gone"] : FirstError(result.Errors), error: true);
            return;
        }

        var chart = result.Value!;
        nodes.Clear();
        foreach (var n in chart.Elements.Nodes)
        {
            nodes[n.Key] = n;
        }

        (savedId, caseId, title, analysis, selected) = (chart.Id, chart.CaseId, chart.Title, null, []);
        layoutName = chart.Layout.Layout ?? "cose";
        (byCommunity, bySize) = (chart.Layout.ColourByCommunity, chart.Layout.SizeByCentrality);
        if (chart.Layout.Filter?.NodeTypes is { Count: > 0 } types)
        {
            shownTypes.Clear();
            shownTypes.UnionWith(types);
        }

        await module!.InvokeVoidAsync("load", chart.Elements, chart.Layout);
        await FilterAsync();
        if (byCommunity || bySize)
        {
            await AnalyseAsync();
        }

        Say(chart.Withheld ? L["Chart_Opened_Withheld", chart.Title] : L["Chart_Opened", chart.Title], error: false);
    }

    private async Task ExportAsync(ChartExportFormat format)
    {
        var layout = await ReadStateAsync();
        var request = new ChartExportRequest(format, layout.Nodes, purpose);
        var result = await RunAsync<ExportChart, CommandResult<ChartFile>>(e => e.HandleAsync(request));
        if (!result.Succeeded)
        {
            Say(FirstError(result.Errors), error: true);
            return;
        }

        await module!.InvokeVoidAsync("download", result.Value!.FileName, result.Value.ContentType, Convert.ToBase64String(result.Value.Content));
    }

    private async Task ExportPngAsync()
    {
        // The picture is drawn by the browser; the export of the persons on it is recorded first, as for any file.
        var layout = await ReadStateAsync();
        var result = await RunAsync<ExportChart, CommandResult<ChartFile>>(e => e.HandleAsync(new ChartExportRequest(ChartExportFormat.Png, layout.Nodes, purpose)));
        if (!result.Succeeded)
        {
            Say(FirstError(result.Errors), error: true);
            return;
        }

        await module!.InvokeVoidAsync("downloadPng", "link-chart.png");
    }
}
