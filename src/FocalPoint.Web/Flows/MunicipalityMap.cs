using System.Globalization;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Web.Localisation;

namespace FocalPoint.Web.Flows;

/// <summary>What wwwroot/js/municipality-map.js draws: one value per municipality, labels already in the UI language.</summary>
/// <param name="Areas">True when drawn from boundaries (Name is then the feature name); false for points at coordinates.</param>
/// <param name="Markers">Places drawn over the municipalities (crossing points, sites), coloured by their level.</param>
/// <param name="Focus">Where the map opens zoomed in (one municipality's walk); null shows all of Kosovo.</param>
public sealed record MapData(bool Areas, string MapName, IReadOnlyList<MapValue> Values, string Attribution, string Unit,
    IReadOnlyList<MapMarker>? Markers = null, MapFocus? Focus = null);

/// <summary>A point to centre on, with the half-width in degrees shown around it.</summary>
public sealed record MapFocus(double Longitude, double Latitude, double Span);

/// <summary>A place over the map: its label, where it is, its level (0 low to 3 critical; -1 none) and the text shown.</summary>
/// <param name="Key">Handed back when the user clicks the marker.</param>
public sealed record MapMarker(string Label, double Longitude, double Latitude, int Level, string Text, string Key);

/// <param name="Name">The boundary feature's name (areas) or the localised municipality name (points).</param>
/// <param name="Value">What colours the area or sizes the point.</param>
/// <param name="Text">The value as the label and tooltip show it.</param>
/// <param name="Key">The reference municipality id, handed back when the user clicks it.</param>
public sealed record MapValue(string Name, string Label, double Value, string Text, double Longitude, double Latitude, string Key);

/// <summary>The one municipality map (ADR 0014), for the weapon flows and the dashboard alike.</summary>
public static class MunicipalityMap
{
    public const string MapName = "focalpoint-municipalities";

    /// <summary>Every municipality that can be drawn (all of them as points; those with a matching feature as areas).</summary>
    internal static MapData Build(ReferenceSnapshot reference, MunicipalityShapes? shapes, Func<int, double> value, Func<int, string> text, string unit,
        IReadOnlyList<MapMarker>? markers = null, MapFocus? focus = null) => new(
        shapes is not null,
        MapName,
        [
            .. reference.Municipalities
                .Where(m => shapes is null || shapes.FeatureByMunicipality.ContainsKey(m.Id))
                .Select(m => new MapValue(
                    shapes?.FeatureByMunicipality[m.Id] ?? m.Name(), m.Name(), value(m.Id), text(m.Id), m.Longitude, m.Latitude,
                    m.Id.ToString(CultureInfo.InvariantCulture))),
        ],
        shapes?.Attribution ?? "",
        unit,
        markers,
        focus);
}
