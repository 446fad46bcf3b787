using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Application.Demo;

/// <summary>Turns a planned incident into the incident row, its items, its persons and the links it reveals.</summary>
internal sealed class IncidentFactory(
    DemoContext ctx, ItemFactory items, PersonFactory persons, NetworkFactory networks, OrganisationFactory organisations, RouteFactory routes)
{
    private static readonly TimeZoneInfo Kosovo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");
    private static readonly string[] Streets = ["Rr. Dardania", "Rr. e Tregut", "Rr. Industriale", "Rr. e Shkollës", "Rr. e Lirisë", "Rr. e Fushës"];
    private readonly Dictionary<int, int> sequenceByYear = [];
    private readonly BallisticFactory ballistics = new(ctx);

    public void Build(PlannedIncident plan)
    {
        var rng = ctx.Random;
        var kind = plan.Kind;
        var group = GroupFor(plan);
        var crossing = CrossingFor(kind);
        var municipality = crossing is not null ? ctx.MunicipalityById[crossing.MunicipalityId]
            : group is not null && rng.Next(100) < 70 ? ctx.MunicipalityById[group.HomeMunicipalityId]
            : ctx.Municipalities[ctx.PickWeighted(ctx.PopulationCumulative)];
        var local = plan.Local;
        if (Kosovo.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var year = local.Year;
        var sequence = sequenceByYear[year] = sequenceByYear.GetValueOrDefault(year) + 1;
        var incident = new Incident
        {
            Reference = $"FP-{year}-{sequence:D6}",
            Kind = kind,
            OccurredAtUtc = TimeZoneInfo.ConvertTimeToUtc(local, Kosovo),
            OccurredOn = DateOnly.FromDateTime(local),
            MunicipalityId = municipality.Id,
            DirectorateId = municipality.DirectorateId,
            CrossingPointId = crossing?.Id,
            Latitude = Math.Round((crossing?.Latitude ?? municipality.Latitude) + Jitter(crossing), 5),
            Longitude = Math.Round((crossing?.Longitude ?? municipality.Longitude) + Jitter(crossing), 5),
            Address = crossing is null && rng.Next(100) < 60 ? $"{ctx.Pick(Streets)} {1 + rng.Next(120)}, {municipality.NameSq}" : null,
            ReportingAgency = Agency(kind),
            LegalContext = Legal(kind),
            SourceReliability = (SourceReliability)ctx.PickWeighted([30, 75, 90, 100]),
        };
        incident.InformationAccuracy = (InformationAccuracy)Math.Min(4, 1 + (int)incident.SourceReliability + rng.Next(2));
        // H3 and TLP:RED restrict a record to a case team, so the generator uses them only for case incidents (CaseFactory).
        incident.HandlingCode = (HandlingCode)ctx.PickWeighted([60, 85, 95, 100]) switch
        {
            HandlingCode.H3 => HandlingCode.H2,
            var code => code,
        };
        incident.Tlp = Marking(ctx.Markings.Next(100));
        var place = PlaceAtBorder(incident, group, crossing);
        ctx.Stamp(incident, ++ctx.Ids.Incident, incident.OccurredAtUtc);
        ctx.Batch.Incidents.Add(incident);

        var (guns, rounds) = AddItems(incident, plan);
        ballistics.Examine(incident, FirearmsOf(incident));
        // Persons follow the municipality the main stream drew, so that moving an incident to a crossing changes no one.
        AddPersons(incident, group, municipality);
        incident.Narrative = Narratives.For(kind, place?.Name ?? municipality.NameEn, guns, rounds, rng, atCrossing: place is not null);
    }

    /// <summary>
    /// Puts the incident at the crossing point where it happened, drawn from the route stream after every main-stream
    /// draw above (which stay as they were): detections and trafficking attempts at a crossing weighted by the main
    /// routes instead of the uniform main-stream pick, and one seizure in ten made by no known group at a crossing.
    /// </summary>
    private CrossingPoint? PlaceAtBorder(Incident incident, Group? group, CrossingPoint? drawn)
    {
        var place = drawn is not null ? routes.Crossing()
            : incident.Kind == IncidentKind.Seizure && group is null ? routes.SeizureCrossing()
            : null;
        if (place is null)
        {
            return null;
        }

        var municipality = ctx.MunicipalityById[place.MunicipalityId];
        incident.CrossingPointId = place.Id;
        incident.MunicipalityId = municipality.Id;
        incident.DirectorateId = municipality.DirectorateId;
        incident.Latitude = Math.Round(place.Latitude, 5);
        incident.Longitude = Math.Round(place.Longitude, 5);
        incident.Address = null;
        if (drawn is null)
        {
            incident.ReportingAgency = routes.CrossingAgency();
        }

        return place;
    }

    /// <summary>The firearms just added for the incident: the tail of the open batch.</summary>
    private List<Firearm> FirearmsOf(Incident incident)
    {
        var all = ctx.Batch.Firearms;
        var first = all.Count;
        while (first > 0 && all[first - 1].IncidentId == incident.Id)
        {
            first--;
        }

        return all.GetRange(first, all.Count - first);
    }

    private Group? GroupFor(PlannedIncident plan)
    {
        var share = plan.Kind switch
        {
            IncidentKind.Seizure => 7,
            IncidentKind.TraffickingAttempt => 45,
            IncidentKind.CrossingPointDetection => 25,
            IncidentKind.ShootingOrMisuse => 3,
            _ => 0,
        };
        return ctx.Random.Next(100) < share ? networks.ActiveAt(plan.Local) : null;
    }

    private CrossingPoint? CrossingFor(IncidentKind kind) =>
        kind == IncidentKind.CrossingPointDetection || kind == IncidentKind.TraffickingAttempt && ctx.Random.Next(100) < 40
            ? ctx.Pick(ctx.CrossingPoints)
            : null;

    private double Jitter(CrossingPoint? crossing) => crossing is null ? (ctx.Random.NextDouble() - 0.5) * 0.08 : 0;

    private (int Guns, int Rounds) AddItems(Incident incident, PlannedIncident plan)
    {
        var rng = ctx.Random;
        var (context, guns, rounds, explosives) = plan.Kind switch
        {
            IncidentKind.Seizure => (WeaponContext.Seizure, plan.Firearms, plan.Rounds, plan.Firearms == 0 ? 40 : 6),
            IncidentKind.Found => (WeaponContext.Found, rng.Next(100) < 70 ? 1 + (rng.Next(100) < 15 ? rng.Next(1, 4) : 0) : 0, rng.Next(100) < 25 ? rng.Next(20, 200) : 0, 35),
            IncidentKind.VoluntarySurrender => (WeaponContext.Found, rng.Next(100) < 85 ? 1 + rng.Next(3) / 2 : 0, rng.Next(100) < 35 ? rng.Next(10, 100) : 0, 20),
            IncidentKind.TheftOrLoss => (WeaponContext.Legal, rng.Next(100) < 90 ? 1 : 2, rng.Next(100) < 20 ? rng.Next(10, 100) : 0, 0),
            IncidentKind.Accident or IncidentKind.Suicide => (WeaponContext.Legal, 1, 0, 0),
            IncidentKind.CrossingPointDetection => (WeaponContext.Border, rng.Next(100) < 55 ? 1 + rng.Next(2) : 0, rng.Next(100) < 35 ? rng.Next(20, 200) : 0, 5),
            IncidentKind.TraffickingAttempt => (WeaponContext.Border, rng.Next(100) < 85 ? 1 + rng.Next(6) : 0, rng.Next(100) < 50 ? rng.Next(50, 600) : 0, 15),
            _ => (WeaponContext.Misuse, rng.Next(100) < 78 ? 1 : 0, rng.Next(100) < 25 ? rng.Next(5, 30) : 0, 1),
        };

        int? calibre = null;
        for (var i = 0; i < guns; i++)
        {
            var firearm = items.AddFirearm(incident, context, Status(plan.Kind));
            calibre ??= firearm.CalibreId;
        }

        if (rounds > 0)
        {
            items.AddAmmunition(incident, rounds, calibre);
        }

        if (rng.Next(100) < explosives || guns == 0 && rounds == 0)
        {
            items.AddExplosive(incident);
        }

        if (plan.Kind == IncidentKind.Seizure && rng.Next(100) < 3)
        {
            items.AddComponent(incident);
        }

        return (guns, rounds);
    }

    private void AddPersons(Incident incident, Group? group, Municipality municipality)
    {
        var rng = ctx.Random;
        if (group is not null)
        {
            networks.Involve(group, incident);
            return;
        }

        var serbian = networks.IsSerbMajority(municipality) ? rng.Next(100) < 85 : rng.Next(100) < 4;
        var (suspects, victims, others, otherRole) = incident.Kind switch
        {
            IncidentKind.Seizure => (ctx.PickWeighted([8, 86, 98, 100]), 0, 0, PersonRole.Other),
            IncidentKind.CrossingPointDetection or IncidentKind.TraffickingAttempt => (1 + rng.Next(2), 0, 0, PersonRole.Other),
            IncidentKind.ShootingOrMisuse => (rng.Next(100) < 85 ? 1 : 0, rng.Next(100) < 55 ? 1 : 0, rng.Next(100) < 25 ? 1 : 0, PersonRole.Witness),
            IncidentKind.CelebratoryShooting => (rng.Next(100) < 70 ? 1 : 0, 0, rng.Next(100) < 15 ? 1 : 0, PersonRole.Witness),
            IncidentKind.DomesticViolence or IncidentKind.ThreatWithWeapon => (rng.Next(100) < 92 ? 1 : 0, 1, 0, PersonRole.Other),
            IncidentKind.TheftOrLoss or IncidentKind.VoluntarySurrender => (0, 0, 1, PersonRole.Owner),
            IncidentKind.Accident => (0, 1, rng.Next(100) < 40 ? 1 : 0, PersonRole.Owner),
            IncidentKind.Suicide => (0, 1, 0, PersonRole.Other),
            _ => (0, 0, rng.Next(100) < 40 ? 1 : 0, PersonRole.Witness),
        };

        for (var i = 0; i < suspects; i++)
        {
            var repeat = persons.HasIdentities && rng.Next(100) < 30;
            var identity = repeat ? persons.ExistingIdentity(female: false) : persons.NewIdentity(serbian, rng.Next(100) < 5);
            var role = repeat && rng.Next(100) < 10 ? PersonRole.Convicted : PersonRole.Suspect;
            networks.Participate(incident, persons.Record(identity, incident.OccurredAtUtc), role);
        }

        var femaleVictim = incident.Kind == IncidentKind.DomesticViolence ? 85 : 30;
        for (var i = 0; i < victims; i++)
        {
            networks.Participate(incident, persons.Record(Someone(serbian, rng.Next(100) < femaleVictim), incident.OccurredAtUtc), PersonRole.Victim);
        }

        for (var i = 0; i < others; i++)
        {
            var personId = persons.Record(Someone(serbian, rng.Next(100) < 20), incident.OccurredAtUtc);
            networks.Participate(incident, personId, otherRole);
            if (incident.Kind == IncidentKind.TheftOrLoss && rng.Next(100) < 20)
            {
                new LinkWriter(ctx, incident).Add(EntityKind.Organisation, organisations.SecurityCompany(), EntityKind.Person, personId, LinkType.Employs);
            }
        }
    }

    private int Someone(bool serbian, bool female) =>
        persons.HasIdentities && ctx.Random.Next(100) < 8 ? persons.ExistingIdentity(female) : persons.NewIdentity(serbian, female, 1945, 2006);

    private ReportingAgency Agency(IncidentKind kind) => kind switch
    {
        IncidentKind.CrossingPointDetection => ctx.Random.Next(100) < 60 ? ReportingAgency.BorderPolice : ReportingAgency.Customs,
        IncidentKind.TraffickingAttempt => (ReportingAgency)ctx.PickWeighted([40, 90, 100]),
        IncidentKind.Found when ctx.Random.Next(100) < 5 => ReportingAgency.ForensicAgency,
        _ => ctx.Random.Next(100) < 98 ? ReportingAgency.KosovoPolice : ReportingAgency.Other,
    };

    private LegalContext Legal(IncidentKind kind) => kind switch
    {
        IncidentKind.Seizure => ctx.Random.Next(100) < 85 ? LegalContext.CriminalOffence : LegalContext.AdministrativeOffence,
        IncidentKind.CrossingPointDetection => ctx.Random.Next(100) < 70 ? LegalContext.CriminalOffence : LegalContext.AdministrativeOffence,
        IncidentKind.CelebratoryShooting => ctx.Random.Next(100) < 60 ? LegalContext.CriminalOffence : LegalContext.AdministrativeOffence,
        IncidentKind.Found or IncidentKind.VoluntarySurrender or IncidentKind.Suicide => LegalContext.None,
        IncidentKind.TheftOrLoss or IncidentKind.Accident => ctx.Random.Next(100) < 65 ? LegalContext.None : LegalContext.CriminalOffence,
        _ => ctx.Random.Next(100) < 92 ? LegalContext.CriminalOffence : LegalContext.AdministrativeOffence,
    };

    private FirearmLegalStatus Status(IncidentKind kind)
    {
        var roll = ctx.Random.Next(100);
        return kind switch
        {
            IncidentKind.TheftOrLoss => FirearmLegalStatus.ReportedLostOrStolen,
            IncidentKind.Found or IncidentKind.VoluntarySurrender => roll < 80 ? FirearmLegalStatus.Unknown : FirearmLegalStatus.Unregistered,
            IncidentKind.Accident or IncidentKind.Suicide => roll < 65 ? FirearmLegalStatus.Registered : FirearmLegalStatus.Unregistered,
            IncidentKind.Seizure => roll < 78 ? FirearmLegalStatus.Unregistered : roll < 92 ? FirearmLegalStatus.Unknown : FirearmLegalStatus.Registered,
            _ => roll < 65 ? FirearmLegalStatus.Unregistered : roll < 85 ? FirearmLegalStatus.Registered : FirearmLegalStatus.Unknown,
        };
    }

    private static Tlp Marking(int percent) => percent switch
    {
        < 15 => Tlp.Clear,
        < 70 => Tlp.Green,
        < 95 => Tlp.Amber,
        _ => Tlp.AmberStrict,
    };
}
