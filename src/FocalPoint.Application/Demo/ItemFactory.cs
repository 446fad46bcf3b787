using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;

namespace FocalPoint.Application.Demo;

/// <summary>Firearms, ammunition, explosives and components of an incident, drawn from <see cref="WeaponCatalog"/>.</summary>
internal sealed class ItemFactory(DemoContext ctx, TraceFactory traces, RouteFactory routes)
{
    private const int StolenPoolLimit = 20_000;

    private static readonly (string Calibre, double Weight)[] LooseRounds =
    [
        ("7.62x39mm", 35), ("9x19mm", 20), ("7.62x25mm Tokarev", 15), ("7.65x17mm Browning (.32 ACP)", 10),
        ("12/70 (12 gauge)", 10), ("9x17mm (.380 ACP)", 5), ("5.56x45mm NATO", 3), ("7.62x54mmR", 2),
    ];

    private readonly double[][] cumulative = [.. Enumerable.Range(0, 5).Select(c => DemoContext.Cumulative(WeaponCatalog.Profiles.Select(p => p.Weights[c])))];
    private readonly double[] roundsCumulative = DemoContext.Cumulative(LooseRounds.Select(r => r.Weight));

    // Guns reported stolen that may be seized later under a misread serial: the physical-firearm ground truth.
    private readonly List<(long PhysicalId, int Profile, string Serial, string? Import)> stolen = [];
    private readonly SerialBook serials = new(ctx.Serials);

    public Firearm AddFirearm(Incident incident, WeaponContext context, FirearmLegalStatus status)
    {
        var rng = ctx.Random;
        long physicalId;
        int profileIndex;
        string? serial;
        string? original = null;
        string? originalImport = null;
        if (incident.Kind == IncidentKind.Seizure && stolen.Count > 0 && rng.Next(100) < 3)
        {
            var taken = rng.Next(stolen.Count);
            (physicalId, profileIndex, original, originalImport) = stolen[taken];
            stolen[taken] = stolen[^1];
            stolen.RemoveAt(stolen.Count - 1);
            serial = DemoSerials.LookAlike(original, rng);
            status = FirearmLegalStatus.ReportedLostOrStolen;
        }
        else
        {
            physicalId = ++ctx.Ids.PhysicalFirearm;
            profileIndex = ctx.PickWeighted(cumulative[(int)context]);
            var pattern = WeaponCatalog.Profiles[profileIndex].SerialPattern;
            serial = pattern.Length == 0 ? null : serials.Unique(WeaponCatalog.Profiles[profileIndex].Make, pattern, DemoSerials.Create(pattern, rng));
        }

        var profile = WeaponCatalog.Profiles[profileIndex];
        var marking = serial is null ? MarkingStatus.Unmarked : rng.Next(100) switch { < 90 => MarkingStatus.Marked, < 97 => MarkingStatus.Obliterated, _ => MarkingStatus.Altered };
        var written = marking switch
        {
            MarkingStatus.Marked => DemoSerials.AsWritten(serial!, rng),
            MarkingStatus.Altered => serial![..^2] + "??",
            _ => null,
        };
        var firearm = new Firearm
        {
            IncidentId = incident.Id,
            FirearmTypeId = ctx.TypeId(profile.Type),
            MakeId = rng.Next(100) < 93 ? ctx.MakeId(profile.Make) : null,
            Model = rng.Next(100) < 88 ? profile.Model : null,
            CalibreId = profile.Calibre is null || rng.Next(100) < 4 ? null : ctx.CalibreId(profile.Calibre),
            SerialAsWritten = written,
            SerialNormalised = SerialNumber.Normalise(written),
            MarkingStatus = marking,
            CountryOfManufacture = rng.Next(100) < 90 ? profile.Country : null,
            CountryOfLastLegalImport = profile.ConvertedBlank && rng.Next(2) == 0 ? "BG" : null,
            YearOfManufacture = rng.Next(100) < 65 ? profile.YearFrom + rng.Next(profile.YearTo - profile.YearFrom + 1) : null,
            EuCategory = profile.Category,
            EuSubcategory = profile.Subcategory,
            IsConvertedFromBlankOrAlarm = profile.ConvertedBlank,
            IsPrivatelyMade = profile.Type == "OTHER",
            IsReactivated = profile.Category == EuCategory.A && rng.Next(1000) < 5,
            IsAutomatic = profile.Automatic,
            LegalStatus = status,
        };
        // After the main stream's draws: a gun seen again keeps the import country it was registered with.
        firearm.CountryOfLastLegalImport = original is not null
            ? originalImport
            : routes.LastLegalImport(profile, status, firearm.CountryOfLastLegalImport);
        if (original is not null)
        {
            ReadAgain(firearm, original);
        }
        else if (incident.Kind == IncidentKind.TheftOrLoss && serial is not null)
        {
            // The owner reports a theft with the licence in hand: the serial is the registered one, not a reading of worn metal.
            firearm.SerialAsWritten = DemoSerials.AsWritten(serial, ctx.Serials);
            firearm.SerialNormalised = SerialNumber.Normalise(firearm.SerialAsWritten);
            firearm.MarkingStatus = MarkingStatus.Marked;
        }

        ctx.Stamp(firearm, ++ctx.Ids.Firearm, incident.OccurredAtUtc);
        ctx.Batch.Firearms.Add(firearm);
        ctx.Batch.FirearmTruths.Add(new FirearmTruth(firearm.Id, physicalId));

        if (incident.Kind == IncidentKind.TheftOrLoss && serial is not null && stolen.Count < StolenPoolLimit && rng.Next(100) < 60)
        {
            stolen.Add((physicalId, profileIndex, serial, firearm.CountryOfLastLegalImport));
        }

        if (incident.Kind == IncidentKind.Seizure)
        {
            traces.MaybeTrace(firearm, incident);
        }

        return firearm;
    }

    /// <summary>
    /// A stolen gun seized again was identified by its serial, so the serial is legible (at most its last character
    /// worn); the officer may still misread look-alikes or leave the make blank. Drawn from the serial stream after the
    /// main stream's draws, which stay as they were.
    /// </summary>
    private void ReadAgain(Firearm firearm, string original)
    {
        var rng = ctx.Serials;
        firearm.SerialAsWritten = DemoSerials.ReadAgain(original, rng);
        firearm.SerialNormalised = SerialNumber.Normalise(firearm.SerialAsWritten);
        firearm.MarkingStatus = firearm.SerialAsWritten.EndsWith('?') ? MarkingStatus.Altered : MarkingStatus.Marked;
        if (rng.Next(100) < 8)
        {
            firearm.MakeId = null;
        }
    }

    /// <summary>Rounds in one or two lots; the calibre usually matches a gun of the incident.</summary>
    public void AddAmmunition(Incident incident, int rounds, int? calibreOfGun)
    {
        var rng = ctx.Random;
        var lots = rounds >= 100 && rng.Next(100) < 35 ? 2 : 1;
        var first = lots == 1 ? rounds : rounds * (30 + rng.Next(50)) / 100;
        for (var lot = 0; lot < lots; lot++)
        {
            var calibre = lot == 0 && calibreOfGun is { } id && rng.Next(100) < 70
                ? id
                : ctx.CalibreId(LooseRounds[ctx.PickWeighted(roundsCumulative)].Calibre);
            var ammunition = new Ammunition
            {
                IncidentId = incident.Id,
                CalibreId = calibre,
                Rounds = lot == 0 ? first : rounds - first,
                Lot = rng.Next(100) < 25 ? $"{rng.Next(75, 100):D2}-{rng.Next(1, 40):D2}" : null,
            };
            ctx.Batch.Ammunition.Add(ctx.Stamp(ammunition, ++ctx.Ids.Ammunition, incident.OccurredAtUtc));
        }
    }

    public void AddExplosive(Incident incident)
    {
        var rng = ctx.Random;
        var explosive = rng.Next(100) switch
        {
            < 72 => new Explosive { Kind = ExplosiveKind.HandGrenade, Designation = "M75", Count = 1 + rng.Next(3) },
            < 82 => new Explosive { Kind = ExplosiveKind.HandGrenade, Designation = "M52", Count = 1 + rng.Next(2) },
            < 88 => new Explosive { Kind = ExplosiveKind.Detonator, Designation = "ED-8", Count = 5 + rng.Next(46) },
            < 93 => new Explosive { Kind = ExplosiveKind.CommercialExplosive, Designation = "Amonal", Count = 1, MassKg = 0.5 + rng.Next(40) / 2.0 },
            < 97 => new Explosive { Kind = ExplosiveKind.MilitaryExplosive, Designation = "TNT", Count = 1 + rng.Next(10), MassKg = 0.2 * (1 + rng.Next(10)) },
            _ => new Explosive { Kind = ExplosiveKind.ImprovisedDevice, Count = 1 },
        };
        explosive.IncidentId = incident.Id;
        ctx.Batch.Explosives.Add(ctx.Stamp(explosive, ++ctx.Ids.Explosive, incident.OccurredAtUtc));
    }

    public void AddComponent(Incident incident)
    {
        var rng = ctx.Random;
        var serial = rng.Next(2) == 0 ? DemoSerials.Create("######", rng) : null;
        var component = new Component
        {
            IncidentId = incident.Id,
            Kind = (ComponentKind)rng.Next(6),
            CalibreId = ctx.CalibreId(rng.Next(2) == 0 ? "9x19mm" : "7.62x39mm"),
            SerialAsWritten = serial,
            SerialNormalised = SerialNumber.Normalise(serial),
            Count = 1 + rng.Next(5),
        };
        ctx.Batch.Components.Add(ctx.Stamp(component, ++ctx.Ids.Component, incident.OccurredAtUtc));
    }
}
