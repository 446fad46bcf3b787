using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Application.Demo;

/// <summary>
/// Small groups of 3 to 6 suspects who share vehicles and phones and turn up together in several incidents; writes
/// their vehicles, phones, organisation, location and the links between them as the incidents reveal them.
/// </summary>
internal sealed class NetworkFactory(DemoContext ctx, PersonFactory persons, CaseFactory cases)
{
    private static readonly HashSet<string> SerbMajority =
        ["mitrovice-veri", "zvecan", "zubin-potok", "leposaviq", "gracanice", "shterpce", "ranillug", "kllokot", "partesh", "novoberde"];

    private static readonly (string Make, string Model, string Wmi)[] Cars =
    [
        ("Volkswagen", "Golf", "WVW"), ("Audi", "A4", "WAU"), ("Mercedes-Benz", "C 220", "WDD"), ("BMW", "520d", "WBA"),
        ("Opel", "Astra", "W0L"), ("Škoda", "Octavia", "TMB"), ("Volkswagen", "Passat", "WVW"), ("Renault", "Megane", "VF1"),
    ];

    private readonly Queue<Group> pending = new();
    private readonly List<Group> active = [];

    public bool IsSerbMajority(Municipality municipality) => SerbMajority.Contains(municipality.Code);

    public void Initialise()
    {
        var rng = ctx.Random;
        var count = Math.Max(3, (int)Math.Round(45 * ctx.Options.Scale));
        var groups = new List<Group>(count);
        var first = new DateTime(DemoFigures.FirstYear, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (var g = 0; g < count; g++)
        {
            var start = first.AddDays(rng.Next(6 * 365));
            var home = ctx.Municipalities[ctx.PickWeighted(ctx.PopulationCumulative)];
            var serbian = IsSerbMajority(home);
            var members = Enumerable.Range(0, 3 + rng.Next(4))
                .Select(_ => persons.NewIdentity(serbian ^ (rng.Next(100) < 12), female: rng.Next(100) < 4, 1965, 2002))
                .ToArray();
            var vehicles = 1 + rng.Next(3);
            var countries = Enumerable.Range(0, vehicles).Select(_ => ForeignPlate(rng.Next(100))).ToArray();
            groups.Add(new Group
            {
                Members = members,
                Start = start,
                End = start.AddDays(180 + rng.Next(900)),
                HomeMunicipalityId = home.Id,
                PlateCountries = countries,
                Plates = [.. countries.Select(Plate)],
                Phones = [.. Enumerable.Range(0, members.Length + 1).Select(_ => Phone())],
                HasOrganisation = rng.Next(100) < 35,
                VehicleIds = new long[vehicles],
                PhoneIds = new long[members.Length + 1],
            });
        }

        foreach (var group in groups.OrderBy(g => g.Start))
        {
            pending.Enqueue(group);
        }
    }

    /// <summary>One of the groups active at <paramref name="local"/>, or null when none is.</summary>
    public Group? ActiveAt(DateTime local)
    {
        while (pending.Count > 0 && pending.Peek().Start <= local)
        {
            active.Add(pending.Dequeue());
        }

        active.RemoveAll(g => g.End < local);
        return active.Count == 0 ? null : active[ctx.Random.Next(active.Count)];
    }

    /// <summary>Records 2 to 4 members as suspects of <paramref name="incident"/> and the links the incident shows.</summary>
    public void Involve(Group group, Incident incident)
    {
        var rng = ctx.Random;
        var n = Math.Min(group.Members.Length, 2 + rng.Next(3));
        var chosen = Enumerable.Range(0, group.Members.Length).OrderBy(_ => rng.Next()).Take(n).ToArray();
        var ids = new long[n];
        for (var k = 0; k < n; k++)
        {
            ids[k] = persons.Record(group.Members[chosen[k]], incident.OccurredAtUtc);
            Participate(incident, ids[k], PersonRole.Suspect);
        }

        var links = new LinkWriter(ctx, incident);
        for (var k = 0; k < n; k++)
        {
            // Mostly each member's own phone; sometimes a phone passed around the group.
            var phone = rng.Next(100) < 80 ? chosen[k] : group.Members.Length;
            links.Add(EntityKind.Person, ids[k], EntityKind.CommunicationIdentifier, PhoneId(group, phone, incident), LinkType.Uses);
            if (k > 0)
            {
                links.Add(EntityKind.Person, ids[k - 1], EntityKind.Person, ids[k], LinkType.Associate);
            }
        }

        if (rng.Next(100) < 65)
        {
            var vehicle = VehicleId(group, rng.Next(group.Plates.Length), incident);
            links.Add(EntityKind.Person, ids[0], EntityKind.Vehicle, vehicle, LinkType.Drives);
            links.Add(EntityKind.Person, ids[^1], EntityKind.Vehicle, vehicle, rng.Next(2) == 0 ? LinkType.Uses : LinkType.Drives);
            links.Add(EntityKind.Vehicle, vehicle, EntityKind.Incident, incident.Id, LinkType.InvolvedIn);
        }

        if (group.HasOrganisation && rng.Next(100) < 50)
        {
            links.Add(EntityKind.Person, ids[0], EntityKind.Organisation, OrganisationId(group, incident), LinkType.MemberOf);
        }

        if (rng.Next(100) < 20)
        {
            links.Add(EntityKind.Person, ids[rng.Next(n)], EntityKind.Location, LocationId(group, incident), LinkType.SeenAt);
        }

        group.Incidents.Add(incident.Id);
        cases.OnGroupIncident(group, incident);
    }

    public void Participate(Incident incident, long personId, PersonRole role) =>
        ctx.Batch.IncidentPersons.Add(new IncidentPerson { Id = ++ctx.Ids.IncidentPerson, IncidentId = incident.Id, PersonId = personId, Role = role });

    private long PhoneId(Group group, int index, Incident incident)
    {
        if (group.PhoneIds[index] == 0)
        {
            var phone = new CommunicationIdentifier { Kind = CommunicationKind.Phone, Value = group.Phones[index] };
            group.PhoneIds[index] = ++ctx.Ids.Communication;
            ctx.Batch.CommunicationIdentifiers.Add(ctx.Stamp(phone, group.PhoneIds[index], incident.OccurredAtUtc));
        }

        return group.PhoneIds[index];
    }

    private long VehicleId(Group group, int index, Incident incident)
    {
        if (group.VehicleIds[index] == 0)
        {
            var (make, model, wmi) = Cars[ctx.Random.Next(Cars.Length)];
            var plate = group.Plates[index];
            var vehicle = new Vehicle
            {
                Plate = plate,
                PlateNormalised = string.Concat(plate.Where(char.IsLetterOrDigit)).ToUpperInvariant(),
                PlateCountry = group.PlateCountries[index],
                Make = make,
                Model = model,
                Vin = ctx.Random.Next(100) < 60 ? wmi + "ZZZ" + DemoSerials.Create("@@#@######", ctx.Random) + ctx.Random.Next(10) : null,
            };
            group.VehicleIds[index] = ++ctx.Ids.Vehicle;
            ctx.Batch.Vehicles.Add(ctx.Stamp(vehicle, group.VehicleIds[index], incident.OccurredAtUtc));
        }

        return group.VehicleIds[index];
    }

    private long OrganisationId(Group group, Incident incident)
    {
        if (group.OrganisationId == 0)
        {
            var home = ctx.MunicipalityById[group.HomeMunicipalityId];
            var organisation = new Organisation { Name = $"Group \"{home.NameSq}-{group.Start.Year % 100:D2}\"", Kind = OrganisationKind.CriminalGroup, Country = "XK" };
            group.OrganisationId = ++ctx.Ids.Organisation;
            ctx.Batch.Organisations.Add(ctx.Stamp(organisation, group.OrganisationId, incident.OccurredAtUtc));
        }

        return group.OrganisationId;
    }

    private long LocationId(Group group, Incident incident)
    {
        if (group.LocationId == 0)
        {
            var home = ctx.MunicipalityById[group.HomeMunicipalityId];
            var kind = ctx.Pick(["Warehouse", "Garage", "Car wash", "Weekend house", "Meeting point"]);
            var location = new Location
            {
                Name = $"{kind} near {home.NameSq}",
                MunicipalityId = home.Id,
                Latitude = Math.Round(home.Latitude + (ctx.Random.NextDouble() - 0.5) * 0.06, 5),
                Longitude = Math.Round(home.Longitude + (ctx.Random.NextDouble() - 0.5) * 0.06, 5),
            };
            group.LocationId = ++ctx.Ids.Location;
            ctx.Batch.Locations.Add(ctx.Stamp(location, group.LocationId, incident.OccurredAtUtc));
        }

        return group.LocationId;
    }

    private static string? ForeignPlate(int roll) => roll switch
    {
        < 75 => "XK",
        < 83 => "AL",
        < 89 => "RS",
        < 93 => "MK",
        < 97 => "DE",
        _ => "CH",
    };

    private string Plate(string? country)
    {
        var rng = ctx.Random;
        return country switch
        {
            "AL" => DemoSerials.Create("@@ ###@@", rng),
            "RS" => ctx.Pick(["NP", "KV", "BG", "KŠ"]) + DemoSerials.Create(" ###-@@", rng),
            "MK" => ctx.Pick(["SK", "KU", "TE"]) + DemoSerials.Create(" ####-@@", rng),
            "DE" => ctx.Pick(["M", "S", "F", "N"]) + DemoSerials.Create(" @@ ####", rng),
            "CH" => ctx.Pick(["ZH", "SG", "BE", "AG"]) + DemoSerials.Create(" ######", rng),
            _ => $"0{1 + rng.Next(7)}-{DemoSerials.Create("###-@@", rng)}",
        };
    }

    private string Phone() => $"+383 4{ctx.Pick([3, 4, 5, 6, 9])} {DemoSerials.Create("### ###", ctx.Random)}";
}
