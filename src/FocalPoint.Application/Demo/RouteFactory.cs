using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Application.Demo;

/// <summary>
/// Where an arm came from before it was taken: the crossing point of a seizure and a firearm's country of last legal
/// import, what the weapon flows page (docs/decisions/0014-weapon-flows.md) draws. Every draw comes from its own
/// stream (<see cref="DemoContext.Routes"/>), so the main stream, and with it every published total, is unchanged.
/// </summary>
internal sealed class RouteFactory(DemoContext ctx)
{
    /// <summary>Share of seizures (of no known group) made at a crossing point by border police or customs, in percent.</summary>
    private const int SeizuresAtCrossingPercent = 10;

    /// <summary>
    /// How much traffic, and so how many detections, each crossing sees (DOMAIN.md 5.4): the main roads to Serbia
    /// (Merdarë, Jarinjë), North Macedonia (Hani i Elezit) and Albania (the Prishtina–Durrës motorway at Vërmicë) carry
    /// most; mountain passes and the rail crossing little; the airport a few blank-firers found in luggage.
    /// </summary>
    private static readonly Dictionary<string, double> CrossingWeights = new(StringComparer.Ordinal)
    {
        ["MER"] = 14, ["JAR"] = 14, ["BER"] = 8, ["DHB"] = 6, ["MUC"] = 4, ["MUT"] = 3,
        ["HAN"] = 16, ["HAR"] = 2, ["STA"] = 5, ["GLL"] = 4,
        ["VER"] = 12, ["QPR"] = 2, ["QMO"] = 2,
        ["KUL"] = 5,
        ["PRN"] = 3,
    };

    /// <summary>
    /// Where civilian arms found in Kosovo were last imported legally: Kosovo itself for registered arms, the
    /// neighbours' civilian markets, and the EU and Swiss markets of the diaspora (weights, not published figures).
    /// </summary>
    private static readonly (string Country, double Weight)[] CivilianImports =
    [
        ("AL", 20), ("MK", 18), ("RS", 12), ("ME", 6), ("XK", 10), ("BA", 3),
        ("DE", 8), ("AT", 5), ("IT", 6), ("CH", 4), ("TR", 4), ("CZ", 3), ("BG", 4), ("GR", 3), ("HR", 2), ("SI", 1),
    ];

    /// <summary>Turkish blank-firers are sold legally in Bulgaria and other states before conversion (DOMAIN.md 5.7, op Conversus).</summary>
    private static readonly (string Country, double Weight)[] BlankFirerImports = [("BG", 5), ("MK", 2), ("AL", 2), ("RS", 1), ("IT", 1), ("DE", 1), ("GR", 1)];

    private readonly CrossingPoint[] crossings = ctx.CrossingPoints;
    private readonly double[] crossingCumulative = DemoContext.Cumulative(ctx.CrossingPoints.Select(c => CrossingWeights.GetValueOrDefault(c.Code, 1)));
    private readonly double[] civilianCumulative = DemoContext.Cumulative(CivilianImports.Select(c => c.Weight));
    private readonly double[] blankCumulative = DemoContext.Cumulative(BlankFirerImports.Select(c => c.Weight));

    /// <summary>A crossing point, weighted by the main trafficking routes.</summary>
    public CrossingPoint Crossing() => crossings[Pick(crossingCumulative)];

    /// <summary>The crossing point a seizure was made at, or null for the nine in ten made inland.</summary>
    public CrossingPoint? SeizureCrossing() => ctx.Routes.Next(100) < SeizuresAtCrossingPercent ? Crossing() : null;

    /// <summary>Seizures at a crossing are mostly the border agencies'; now and then a police operation ends there.</summary>
    public ReportingAgency CrossingAgency() => ctx.Routes.Next(100) switch
    {
        < 55 => ReportingAgency.BorderPolice,
        < 85 => ReportingAgency.Customs,
        _ => ReportingAgency.KosovoPolice,
    };

    /// <summary>
    /// The country of last legal import (ISO alpha-2) of a firearm, or null: leftover military arms of the 1990s and
    /// Yugoslav service pistols were never imported legally; civilian handguns, shotguns and hunting arms often were,
    /// registered ones mostly into Kosovo. <paramref name="drawn"/> is what the main stream already gave (blank-firers).
    /// </summary>
    public string? LastLegalImport(WeaponProfile profile, FirearmLegalStatus status, string? drawn)
    {
        var rng = ctx.Routes;
        var roll = rng.Next(100);
        if (drawn is not null || IsMilitary(profile) || profile.Country == "XK")
        {
            return drawn;
        }

        if (profile.ConvertedBlank || profile.Type is "BLANK_FIRING_PISTOL" or "GAS_ALARM_PISTOL")
        {
            return roll < 45 ? BlankFirerImports[Pick(blankCumulative)].Country : null;
        }

        var registered = status is FirearmLegalStatus.Registered or FirearmLegalStatus.ReportedLostOrStolen;
        var share = (registered, profile.Country == "RS") switch
        {
            (true, _) => 85,
            (false, false) => 55,
            (false, true) => 30,
        };
        if (roll >= share)
        {
            return null;
        }

        if (registered && rng.Next(100) < 70)
        {
            return "XK";
        }

        // A gun is not imported into the country that made it: draw again, and give up (unknown) after a few tries.
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var country = CivilianImports[Pick(civilianCumulative)].Country;
            if (country != profile.Country)
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>Automatic and category A arms, launchers, war-time rifles and service pistols: army and police stocks.</summary>
    private static bool IsMilitary(WeaponProfile profile) =>
        profile.Automatic || profile.Category == EuCategory.A || profile.Type is "ROCKET_LAUNCHER" or "MACHINE_GUN"
        || profile.YearTo < 1975 || profile.Model is "M57" or "TT-33" or "Type 54" or "PM";

    private int Pick(double[] cumulative)
    {
        var x = ctx.Routes.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, x);
        return index >= 0 ? Math.Min(index + 1, cumulative.Length - 1) : ~index;
    }
}
