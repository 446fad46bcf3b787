using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Dashboard;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Domain.Incidents;
using FocalPoint.Web.Flows;
using FocalPoint.Web.Localisation;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace FocalPoint.Web.Indicators;

/// <summary>
/// The commanders' and analysts' dashboard for one scope: figures beside the same period a year earlier, charts that
/// narrow each other (a click hands a new scope to <see cref="ScopeChanged"/>, which the page puts in the URL),
/// the municipality map by rate, top lists, and links to the incidents behind every count. A reusable component:
/// the /dashboard page and a role's home page host it alike.
/// </summary>
public sealed partial class Dashboard : IAsyncDisposable
{
    private ReferenceSnapshot? reference;
    private MunicipalityShapes? shapes;
    private DashboardLabels? labels;
    private DashboardData? data;
    private ValidationErrors? errors;
    private IndicatorScope? shown;
    private DateOnly? from;
    private DateOnly? to;
    private int? directorateId;
    private int? municipalityId;
    private IncidentKind? kind;
    private int? firearmTypeId;
    private IJSObjectReference? module;
    private DotNetObjectReference<Dashboard>? self;
    private bool drawPending;

    [Parameter, EditorRequired] public IndicatorScope Scope { get; set; } = default!;

    [Parameter] public EventCallback<IndicatorScope> ScopeChanged { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (reference is null)
        {
            reference = await RunAsync<ReferenceCache, ReferenceSnapshot>(cache => cache.GetAsync());
            shapes = ShapeSource.For(reference.Municipalities);
            labels = new DashboardLabels(reference, k => Text(k));
        }

        if (Scope == shown)
        {
            return;
        }

        var requested = shown = Scope;
        (from, to, directorateId, municipalityId, kind, firearmTypeId) = (Scope.From, Scope.To, Scope.DirectorateId, Scope.MunicipalityId, Scope.Kind, Scope.FirearmTypeId);
        var result = await RunOffCircuitAsync<BuildDashboard, CommandResult<DashboardData>>(b => b.HandleAsync(requested));

        // A click while the figures load asks for another scope: the older answer must not overwrite the newer one.
        if (requested != shown)
        {
            return;
        }

        (data, errors) = (result.Value, result.Errors);
        drawPending = data is { Current.Empty: false };
    }

    /// <summary>Called by dashboard.js when a bar, point or area is clicked.</summary>
    [JSInvokable]
    public Task Select(string chart, string key) =>
        DashboardCharts.All.Contains(chart) && data is not null ? ScopeChanged.InvokeAsync(DashboardCharts.Narrow(data.Current.Scope, chart, key)) : Task.CompletedTask;

    private Task ApplyAsync()
    {
        if (from is null || to is null)
        {
            errors = new ValidationErrors();
            errors.Add(from is null ? nameof(IndicatorScope.From) : nameof(IndicatorScope.To), L["Flow_Date_Required"]);
            return Task.CompletedTask;
        }

        return ScopeChanged.InvokeAsync(new IndicatorScope(from.Value, to.Value, directorateId, municipalityId, kind, firearmTypeId));
    }

    private Task ResetAsync() => ScopeChanged.InvokeAsync(IndicatorScope.Year(Scope.From.Year));

    /// <summary>The filters in force beyond the period, each with the scope that drops it.</summary>
    private IEnumerable<(string Label, IndicatorScope Without)> Chips
    {
        get
        {
            if (data is null || labels is null)
            {
                yield break;
            }

            var s = data.Current.Scope;
            if (s.Kind is { } k) { yield return (Text(k), s with { Kind = null }); }
            if (s.DirectorateId is { } d) { yield return (labels.Of(DashboardCharts.Directorates, Key(d)), s with { DirectorateId = null }); }
            if (s.MunicipalityId is { } m) { yield return (labels.Of(DashboardCharts.Municipalities, Key(m)), s with { MunicipalityId = null }); }
            if (s.FirearmTypeId is { } t) { yield return (labels.Of(DashboardCharts.Types, Key(t)), s with { FirearmTypeId = null }); }
        }
    }

    private string CsvUrl(string chart) => $"/api/v1/indicators/dashboard/{chart}.csv?{Scope.QueryString()}";

    private static string Count(IndicatorSet set, string id) => ((int)(set[id].Value ?? 0)).ToString("N0", CultureInfo.CurrentCulture);

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task ExportPngAsync(string chart)
    {
        if (module is not null)
        {
            await module.InvokeAsync<bool>("exportPng", chart, $"dashboard-{chart}-{Scope.From:yyyyMMdd}-{Scope.To:yyyyMMdd}.png");
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!drawPending || data is null || labels is null || reference is null)
        {
            return;
        }

        drawPending = false;
        module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/dashboard.js");
        self ??= DotNetObjectReference.Create(this);
        var view = DashboardLabels.View(data, labels, reference, shapes, L["Dash_Series_Current"], L["Dash_Series_Earlier"], L["Dash_Rate"]);

        // The boundaries (~140 KB) cross the circuit once per page; later draws reuse the registered map.
        var geoJson = shapes is not null && !await module.InvokeAsync<bool>("hasMap", view.Map.MapName) ? shapes.GeoJson : null;
        await module.InvokeAsync<bool>("render", view, geoJson, self);
    }

    public async ValueTask DisposeAsync()
    {
        if (module is not null)
        {
            try
            {
                await module.InvokeVoidAsync("dispose", DashboardCharts.All);
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone with the browser tab: nothing is left to clean up there.
            }
        }

        self?.Dispose();
    }
}
