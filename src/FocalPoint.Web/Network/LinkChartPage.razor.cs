using System.Globalization;
using System.Text.Json;
using FocalPoint.Application.Cases;
using FocalPoint.Application.Common;
using FocalPoint.Application.Network;
using FocalPoint.Application.Network.Chart;
using FocalPoint.Application.Network.Export;
using FocalPoint.Application.Network.Saved;
using FocalPoint.Web.Localisation;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace FocalPoint.Web.Network;

/// <summary>
/// The link chart: the page runs the use cases (through <see cref="Components.Shared.PageBase.RunAsync"/>) and hands
/// elements to wwwroot/js/linkchart.js, which draws them with Cytoscape.js and calls back on selection and shortcuts.
/// </summary>
public partial class LinkChartPage
{
    internal static readonly string[] NodeTypes = ["person", "firearm", "vehicle", "identifier", "organisation", "incident", "location", "municipality"];
    private static readonly DateOnly FirstMonth = new(2015, 1, 1);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Inject] private IJSRuntime JS { get; set; } = default!;

    private ElementReference canvas;
    private IJSObjectReference? module;
    private DotNetObjectReference<LinkChartPage>? self;
    private string? purpose;
    private string searchText = "";
    private IReadOnlyList<ChartNode>? found;
    private readonly Dictionary<string, ChartNode> nodes = new(StringComparer.Ordinal);
    private List<string> selected = [];
    private int hops = 1;
    private PathMode pathMode = PathMode.Shortest;
    private string layoutName = "cose";
    private readonly HashSet<string> shownTypes = [.. NodeTypes.Where(t => t != "municipality")];
    private int fromMonth;
    private int toMonth;
    private ExpandResult? confirmation;
    private IReadOnlyList<string> pendingSeeds = [];
    private IReadOnlyList<string>? lastSeedKeys;
    private string? message;
    private bool messageIsError;
    private ChartAnalysis? analysis;
    private bool byCommunity;
    private bool bySize;
    private IReadOnlyList<MyCase> cases = [];
    private long caseId;
    private string title = "";
    private long? savedId;
    private IReadOnlyList<SavedChartRow> saved = [];

    [Inject] private TimeProvider Time { get; set; } = default!;

    private int LastMonth { get; set; } = 12 * 12;

    protected override void OnInitialized()
    {
        var now = Time.GetUtcNow();
        LastMonth = ((now.Year - FirstMonth.Year) * 12) + now.Month - 1;
        toMonth = LastMonth;
    }

    private ChartNode? SelectedNode => selected.Count == 1 && nodes.TryGetValue(selected[0], out var n) ? n : null;

    private NodeScore? SelectedScore => SelectedNode is { } n ? analysis?.Scores.FirstOrDefault(s => s.Key == n.Key) : null;

    private static string MonthLabel(int month) => FirstMonth.AddMonths(month).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private ChartFilter Filter => new(
        shownTypes.ToList(),
        fromMonth <= 0 ? null : FirstMonth.AddMonths(fromMonth),
        toMonth >= LastMonth ? null : FirstMonth.AddMonths(toMonth + 1).AddDays(-1));

    private async Task StartAsync(string given)
    {
        purpose = given;
        cases = await RunAsync<ListMyCases, IReadOnlyList<MyCase>>(l => l.HandleAsync());
        caseId = cases.FirstOrDefault()?.Id ?? 0;
        await ListChartsAsync();
        StateHasChanged();
        if (module is null)
        {
            self = DotNetObjectReference.Create(this);
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/linkchart.js");
            await module.InvokeVoidAsync("init", canvas, self, L["Chart_Group"].Value, ChartText.LinkWords(L));
        }

        await OpenFromAddressAsync();
    }

    private async Task SearchAsync()
    {
        var result = await RunAsync<SearchChartEntities, CommandResult<IReadOnlyList<ChartNode>>>(s => s.HandleAsync(new ChartSearch(searchText, purpose)));
        found = result.Succeeded ? result.Value : null;
        Say(result.Succeeded ? null : FirstError(result.Errors), error: true);
    }

    private async Task AddFoundAsync(ChartNode node) => await DrawAsync(new ChartElements([node], []));

    [JSInvokable]
    public Task ExpandFromChart(string[] keys) => InvokeAsync(() => ExpandAsync(keys, confirmed: false));

    [JSInvokable]
    public Task ShortcutFromChart(string action) => InvokeAsync(() => action == "path" ? FindPathAsync() : ExpandSelectedAsync());

    [JSInvokable]
    public Task SelectionChanged(string[] keys) => InvokeAsync(() =>
    {
        selected = [.. keys];
        StateHasChanged();
    });

    private async Task ExpandSelectedAsync()
    {
        // The browser's selection is the truth; the copy kept from selection events may lag behind a quick click.
        selected = [.. await module!.InvokeAsync<string[]>("selectedKeys")];
        if (selected.Count > 0)
        {
            await ExpandAsync(selected, confirmed: false);
        }
        else
        {
            Say(L["Chart_Select_Hint"], error: true);
        }
    }

    private Task ConfirmExpandAsync() => ExpandAsync(pendingSeeds, confirmed: true);

    private async Task ExpandAsync(IReadOnlyList<string> seeds, bool confirmed)
    {
        confirmation = null;
        var request = new ExpandRequest(seeds, hops, Filter, [.. nodes.Keys], confirmed, purpose);
        var result = await RunAsync<ExpandNeighbourhood, CommandResult<ExpandResult>>(e => e.HandleAsync(request));
        if (!result.Succeeded)
        {
            Say(result.NotFound ? L["Chart_Gone"] : FirstError(result.Errors), error: true);
        }
        else if (result.Value!.Status == ExpandStatus.NeedsConfirmation)
        {
            (confirmation, pendingSeeds) = (result.Value, seeds);
        }
        else if (result.Value.Status == ExpandStatus.TooLarge)
        {
            Say(L["Chart_Too_Large", result.Value.Reached], error: true);
        }
        else
        {
            lastSeedKeys = result.Value.SeedKeys;
            await DrawAsync(result.Value.Elements);
            Say(L["Chart_Added", result.Value.Added], error: false);
        }

        StateHasChanged();
    }

    private async Task FindPathAsync()
    {
        selected = [.. await module!.InvokeAsync<string[]>("selectedKeys")];
        if (selected.Count != 2)
        {
            Say(L["Chart_Select_Two"], error: true);
            return;
        }

        var request = new PathRequest(selected[0], selected[1], pathMode, 4, Filter, purpose);
        var result = await RunAsync<FindChartPaths, CommandResult<PathResult>>(f => f.HandleAsync(request));
        if (!result.Succeeded || result.Value!.Paths.Count == 0)
        {
            Say(result.Succeeded ? L["Chart_No_Path"] : FirstError(result.Errors), error: true);
            return;
        }

        await DrawAsync(result.Value.Elements, relayout: false);
        var best = result.Value.Paths[0];
        await module!.InvokeVoidAsync("highlightPath", result.Value.Paths.SelectMany(p => p.Nodes).Distinct(), result.Value.Paths.SelectMany(p => p.Edges).Distinct());
        Say(L["Chart_Path_Found", result.Value.Paths.Count, best.Length, best.Confidence.ToString("P0", CultureInfo.CurrentCulture)], error: false);
    }

    private async Task AnalyseAsync()
    {
        var result = await RunAsync<AnalyseChart, CommandResult<ChartAnalysis>>(a => a.HandleAsync(new AnalyseRequest([.. nodes.Keys], purpose)));
        analysis = result.Succeeded ? result.Value : null;
        Say(result.Succeeded ? null : FirstError(result.Errors), error: true);
        (byCommunity, bySize) = (true, true);
        await ApplyAnalysisAsync();
    }

    private async Task ApplyAnalysisAsync()
    {
        if (analysis is not null && module is not null)
        {
            await module.InvokeVoidAsync("applyAnalysis", analysis.Scores, byCommunity, bySize);
        }
    }

    private async Task DrawAsync(ChartElements elements, bool relayout = true)
    {
        foreach (var n in elements.Nodes)
        {
            nodes[n.Key] = n;
        }

        await module!.InvokeAsync<int>("add", elements, relayout ? layoutName : "none");
        await FilterAsync();
    }

    private async Task LayoutAsync()
    {
        await module!.InvokeVoidAsync("runLayout", layoutName);
        KeepInAddress();
    }

    private async Task CommandAsync(string action)
    {
        await module!.InvokeVoidAsync("command", action);
        if (action == "remove")
        {
            var state = await ReadStateAsync();
            foreach (var gone in nodes.Keys.Except(state.Nodes.Select(n => n.Key)).ToList())
            {
                nodes.Remove(gone);
            }
        }
    }

    private async Task ToggleTypeAsync(string type, bool shown)
    {
        _ = shown ? shownTypes.Add(type) : shownTypes.Remove(type);
        await FilterAsync();
    }

    private async Task FilterAsync()
    {
        if (module is null)
        {
            return;
        }

        if (fromMonth > toMonth)
        {
            (fromMonth, toMonth) = (toMonth, fromMonth);
        }

        var f = Filter;
        await module.InvokeVoidAsync("filter", shownTypes.ToArray(), f.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>The chart's state is streamed from the browser: at 5,000 nodes it is larger than one circuit message may be.</summary>
    private async Task<ChartLayout> ReadStateAsync()
    {
        var stream = await module!.InvokeAsync<IJSStreamReference>("state");
        await using var data = await stream.OpenReadStreamAsync(maxAllowedSize: 8_000_000);
        var layout = await JsonSerializer.DeserializeAsync<ChartLayout>(data, Json) ?? new ChartLayout([]);
        return layout with { Filter = Filter, Layout = layoutName, ColourByCommunity = byCommunity, SizeByCentrality = bySize };
    }

    private void Say(string? text, bool error) => (message, messageIsError) = (text, error);

    private string? FirstError(ValidationErrors? errors) => L.FirstText(errors);

    public async ValueTask DisposeAsync()
    {
        if (module is not null)
        {
            try
            {
                await module.InvokeVoidAsync("dispose");
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone (tab closed): there is nothing left to clean up on its side.
            }
        }

        self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
