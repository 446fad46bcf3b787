namespace FocalPoint.Application.Registry.Incidents;

/// <summary>
/// Where an incident outside Kosovo happened, as its source wrote it: the country (ISO 3166-1 alpha-2), the region if
/// given and the place. Lists and pages show it instead of a municipality (issue 19 item 3).
/// </summary>
public sealed record PlaceAbroad(string CountryCode, string? Region, string Name);

/// <summary>A place abroad as one line of text for files (exports): "Salina, Kansas (US)".</summary>
public static class PlaceText
{
    public static string Invariant(PlaceAbroad place) =>
        string.IsNullOrWhiteSpace(place.Region) ? $"{place.Name} ({place.CountryCode})" : $"{place.Name}, {place.Region} ({place.CountryCode})";
}
