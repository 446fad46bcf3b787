using FocalPoint.Domain.Items;
using FocalPoint.Domain.Tracing;

namespace FocalPoint.Application.Tracing.Traces;

/// <summary>Why a destination is suggested.</summary>
public enum RouteReason
{
    CountryOfManufacture,
    LastLegalImport,
    PartnerChannel,
    Interpol,
}

/// <summary>A destination for a trace: a channel, the country asked when the channel is a country, and why.</summary>
public sealed record TraceRoute(TraceChannel Channel, string? Country, RouteReason Reason);

/// <summary>Where a trace goes, how long each destination is given to answer, and which channels the liaison officer holds.</summary>
public static class TraceRoutes
{
    private static readonly HashSet<string> RegionalPartners = ["AL", "MK", "ME", "RS", "BA", "HR", "SI"];
    private static readonly HashSet<string> EuropolMembers = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];

    /// <summary>Channels that pass through the liaison officer (Kosovo reaches INTERPOL through UNMIK, Europol through its liaison).</summary>
    public static bool NeedsLiaison(TraceChannel channel) => channel is TraceChannel.InterpolIarms or TraceChannel.EuropolSiena or TraceChannel.AtfEtrace;

    /// <summary>Channels that ask a country (the others ask an organisation).</summary>
    public static bool AsksCountry(TraceChannel channel) => channel is TraceChannel.Bilateral or TraceChannel.Manufacturer or TraceChannel.NationalRegistry;

    /// <summary>Days a destination is given to answer; the overdue list counts from these.</summary>
    public static int DueDays(TraceChannel channel) => channel switch
    {
        TraceChannel.NationalRegistry => 14,
        TraceChannel.Bilateral => 30,
        TraceChannel.Manufacturer => 45,
        TraceChannel.AtfEtrace => 30,
        TraceChannel.EuropolSiena => 45,
        _ => 60,
    };

    /// <summary>Suggested destinations, most direct first, without repeats.</summary>
    public static IReadOnlyList<TraceRoute> Suggest(Firearm firearm)
    {
        var routes = new List<TraceRoute>();
        if (firearm.CountryOfManufacture is { } made)
        {
            routes.Add(made == "XK" ? new(TraceChannel.NationalRegistry, "XK", RouteReason.CountryOfManufacture)
                : made == "US" ? new(TraceChannel.AtfEtrace, "US", RouteReason.CountryOfManufacture)
                : new(TraceChannel.Manufacturer, made, RouteReason.CountryOfManufacture));
        }

        if (firearm.CountryOfLastLegalImport is { } imported && imported != firearm.CountryOfManufacture)
        {
            routes.Add(imported == "XK" ? new(TraceChannel.NationalRegistry, "XK", RouteReason.LastLegalImport)
                : new(TraceChannel.Bilateral, imported, RouteReason.LastLegalImport));
        }

        foreach (var country in new[] { firearm.CountryOfLastLegalImport, firearm.CountryOfManufacture }.OfType<string>().Distinct())
        {
            if (RegionalPartners.Contains(country) && !routes.Any(r => r.Channel == TraceChannel.Bilateral && r.Country == country))
            {
                routes.Add(new(TraceChannel.Bilateral, country, RouteReason.PartnerChannel));
            }
            else if (EuropolMembers.Contains(country) && !routes.Any(r => r.Channel == TraceChannel.EuropolSiena))
            {
                routes.Add(new(TraceChannel.EuropolSiena, null, RouteReason.PartnerChannel));
            }
        }

        routes.Add(new(TraceChannel.InterpolIarms, null, RouteReason.Interpol));
        return routes;
    }
}
