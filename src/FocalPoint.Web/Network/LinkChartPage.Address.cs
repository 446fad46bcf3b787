using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace FocalPoint.Web.Network;

/// <summary>
/// What of the chart lives in the address, so that a registry page can open it on a record and Back or a bookmark
/// returns to it: the node opened (a record key such as "incident:12", never a name), hops and layout. The full screen
/// mode and the side panels are the reader's own and stay out of it.
/// </summary>
public partial class LinkChartPage
{
    [SupplyParameterFromQuery(Name = "open")] public string? OpenKey { get; set; }
    [SupplyParameterFromQuery(Name = "hops")] public int? HopsInAddress { get; set; }
    [SupplyParameterFromQuery(Name = "layout")] public string? LayoutInAddress { get; set; }

    private static readonly string[] Layouts = ["cose", "breadthfirst", "circle", "timeline"];
    private bool fullScreen;
    private bool opened;

    protected override void OnParametersSet()
    {
        if (HopsInAddress is >= 1 and <= Application.Network.Chart.ExpandNeighbourhood.MaxHops)
        {
            hops = HopsInAddress.Value;
        }

        if (LayoutInAddress is { } layout && Layouts.Contains(layout))
        {
            layoutName = layout;
        }
    }

    /// <summary>Once the purpose is stated: the record named in the address, with its direct links, centred.</summary>
    private async Task OpenFromAddressAsync()
    {
        if (opened || string.IsNullOrWhiteSpace(OpenKey) || module is null)
        {
            return;
        }

        opened = true;
        await ExpandAsync([OpenKey], confirmed: false);
        if (lastSeedKeys is [var key, ..])
        {
            await module.InvokeVoidAsync("focus", key);
        }
    }

    private void KeepInAddress() =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["hops"] = hops == 1 ? null : hops.ToString(CultureInfo.InvariantCulture),
            ["layout"] = layoutName == "cose" ? null : layoutName,
        }), replace: true);

    private async Task ToggleFullScreenAsync()
    {
        fullScreen = !fullScreen;
        StateHasChanged();
        await Task.Yield();
        if (module is not null)
        {
            await module.InvokeVoidAsync("resize");
        }
    }
}
