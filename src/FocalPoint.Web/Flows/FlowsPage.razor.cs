using FocalPoint.Application.Common;
using FocalPoint.Application.Flows;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Reports;
using FocalPoint.Domain.Incidents;
using FocalPoint.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace FocalPoint.Web.Flows;

/// <summary>
/// Weapon flows as a Sankey diagram, a municipality map and tables of the same numbers. The charts are drawn by
/// wwwroot/js/flows.js after each render that brought a new report. The filter lives in the address (dates, a type id, a
/// kind: nothing personal), so Back and bookmarks restore a view; without one the view opens on the latest year with data.
/// </summary>
public sealed partial class FlowsPage : PageBase
{
    private ReferenceSnapshot? reference;
    private DateOnly? from;
    private DateOnly? to;
    private int? firearmTypeId;
    private IncidentKind? kind;
    private WeaponFlowReport? report;
    private ValidationErrors? errors;
    private FlowLabels? labels;
    private MunicipalityShapes? shapes;
    private ElementReference sankeyElement;
    private ElementReference mapElement;
    private IJSObjectReference? module;
    private bool drawPending;

    private string CsvUrl => report is null ? "" : FlowQuery.CsvUrl(report.Filter);

    private List<string> Unmapped => report is null || shapes is null || labels is null
        ? []
        : [.. report.ByMunicipality.Where(m => !shapes.FeatureByMunicipality.ContainsKey(m.MunicipalityId)).Select(m => labels.Municipality(m.MunicipalityId))];

    private IReadOnlyList<int> dataYears = [];

    [SupplyParameterFromQuery(Name = "from")] public string? QueryFrom { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? QueryTo { get; set; }
    [SupplyParameterFromQuery(Name = "firearmTypeId")] public string? QueryFirearmType { get; set; }
    [SupplyParameterFromQuery(Name = "kind")] public string? QueryKind { get; set; }

    protected override async Task OnInitializedAsync()
    {
        reference = await RunAsync<ReferenceCache, ReferenceSnapshot>(cache => cache.GetAsync());
        shapes = ShapeSource.For(reference.Municipalities);
        labels = new FlowLabels(reference, L["Flow_Unknown"], L["Flow_Transit_Inland"], L["Flow_Transit_Airport"]);
        dataYears = await RunAsync<ListDataYears, IReadOnlyList<int>>(l => l.FlowsAsync());
    }

    protected override Task OnParametersSetAsync()
    {
        var fallback = dataYears.Count > 0 ? Year(dataYears[0]) : FlowFilter.LastFullYear(Time);
        SetFilter(new FlowFilter(
            AddressState.Date(QueryFrom) ?? fallback.From, AddressState.Date(QueryTo) ?? fallback.To,
            AddressState.Number(QueryFirearmType), AddressState.Enum<IncidentKind>(QueryKind)));
        return LoadAsync();
    }

    private static FlowFilter Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private Task ShowAsync() => AddressState.ShowAsync(Navigation, new Dictionary<string, object?>
    {
        ["from"] = AddressState.Date(from), ["to"] = AddressState.Date(to), ["firearmTypeId"] = firearmTypeId, ["kind"] = kind?.ToString(),
    }, LoadAsync);

    private void SetFilter(FlowFilter filter) => (from, to, firearmTypeId, kind) = (filter.From, filter.To, filter.FirearmTypeId, filter.Kind);

    private async Task LoadAsync()
    {
        if (from is null || to is null)
        {
            errors = new ValidationErrors();
            errors.Add(from is null ? nameof(FlowFilter.From) : nameof(FlowFilter.To), L["Flow_Date_Required"]);
            report = null;
            return;
        }

        var filter = new FlowFilter(from.Value, to.Value, firearmTypeId, kind);
        var (result, isCurrent) = await RunLatestAsync<BuildWeaponFlows, CommandResult<WeaponFlowReport>>(b => b.HandleAsync(filter));
        if (!isCurrent)
        {
            return;
        }

        (report, errors) = (result.Value, result.Errors);
        drawPending = report is { IsEmpty: false };
    }

    private Task ShowYearAsync(int year)
    {
        (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return ShowAsync();
    }

    private Task ResetAsync()
    {
        SetFilter(dataYears.Count > 0 ? Year(dataYears[0]) : FlowFilter.LastFullYear(Time));
        (firearmTypeId, kind) = (null, null);
        return ShowAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!drawPending || report is null || labels is null || reference is null)
        {
            return;
        }

        drawPending = false;
        module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/flows.js");
        var chart = FlowLabels.Chart(
            report, labels, reference, shapes,
            [L["Flow_Stage_Manufacture"], L["Flow_Stage_Import"], L["Flow_Stage_Transit"], L["Flow_Stage_Municipality"]], L["Flow_Unit"]);

        // The boundaries (~140 KB) cross the circuit once; later draws reuse the registered map.
        var geoJson = shapes is not null && !await module.InvokeAsync<bool>("hasMap", chart.Map.MapName) ? shapes.GeoJson : null;
        await module.InvokeAsync<bool>("render", sankeyElement, mapElement, chart, geoJson);
    }

    public async ValueTask DisposeAsync()
    {
        if (module is not null)
        {
            try
            {
                await module.InvokeVoidAsync("dispose", sankeyElement, mapElement);
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone with the browser tab: nothing is left to clean up there.
            }
        }
    }
}
