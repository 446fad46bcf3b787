using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Network;

/// <summary>
/// A small registry for link-chart tests: two GREEN incidents A and B joined by person P2, a RED incident R on
/// case C (team: "member"), a car driven by P1, a phone used by P4 (learned in R) and an undated weak link P1–P3.
/// </summary>
internal sealed record ChartSeed(long A, long B, long R, long P1, long P2, long P3, long P4, long F1, long F2, long V1, long Phone, long CaseId)
{
    public const string Member = "member";

    public static async Task<ChartSeed> AddAsync(TestDatabase database)
    {
        await using var db = database.CreateContext(new Data.Auditing.SystemUser("author"));
        var a = Incident("FP-2023-000101", Tlp.Green, new DateOnly(2023, 3, 1));
        var b = Incident("FP-2023-000102", Tlp.Green, new DateOnly(2023, 6, 1));
        var r = Incident("FP-2023-000103", Tlp.Red, new DateOnly(2023, 9, 1));
        Person p1 = new() { GivenName = "Arben", FamilyName = "Krasniqi" }, p2 = new() { GivenName = "Besnik", FamilyName = "Hoxha" };
        Person p3 = new() { GivenName = "Dritan", FamilyName = "Berisha" }, p4 = new() { GivenName = "Milan", FamilyName = "Jovanović" };
        a.Persons.AddRange([new IncidentPerson { Person = p1, Role = PersonRole.Suspect }, new IncidentPerson { Person = p2, Role = PersonRole.Suspect }]);
        b.Persons.AddRange([new IncidentPerson { Person = p2, Role = PersonRole.Suspect }, new IncidentPerson { Person = p3, Role = PersonRole.Witness }]);
        r.Persons.Add(new IncidentPerson { Person = p4, Role = PersonRole.Suspect });
        a.Firearms.Add(new Firearm { FirearmTypeId = 1, MakeId = 1, Model = "M70", SerialAsWritten = "B-12 345", SerialNormalised = "B12345" });
        r.Firearms.Add(new Firearm { FirearmTypeId = 1, MakeId = 1, Model = "M57", SerialAsWritten = "R-999", SerialNormalised = "R999" });
        var car = new Vehicle { Plate = "01-234-AB", PlateNormalised = "01234AB" };
        var phone = new CommunicationIdentifier { Kind = CommunicationKind.Phone, Value = "+383 44 555 111" };
        db.AddRange(a, b, r, car, phone);
        await db.SaveChangesAsync();

        db.Links.AddRange(
            Link(EntityKind.Person, p1.Id, EntityKind.Vehicle, car.Id, LinkType.Drives, a, 0.9),
            Link(EntityKind.Vehicle, car.Id, EntityKind.Incident, b.Id, LinkType.InvolvedIn, b, 0.8),
            Link(EntityKind.Person, p4.Id, EntityKind.CommunicationIdentifier, phone.Id, LinkType.Uses, r, 1.0),
            new EntityLink { FromKind = EntityKind.Person, FromId = p1.Id, ToKind = EntityKind.Person, ToId = p3.Id, Type = LinkType.Associate, Confidence = 0.5 });
        var team = new Case { Reference = "C-2023-001", Title = "Pistols from the east", Owner = "lead", Team = [new CaseMember { UserName = Member }] };
        team.Incidents.Add(new CaseIncident { IncidentId = r.Id });
        db.Cases.Add(team);
        await db.SaveChangesAsync();
        return new ChartSeed(a.Id, b.Id, r.Id, p1.Id, p2.Id, p3.Id, p4.Id, a.Firearms[0].Id, r.Firearms[0].Id, car.Id, phone.Id, team.Id);
    }

    private static Incident Incident(string reference, Tlp tlp, DateOnly on) => new()
    {
        Reference = reference, Kind = IncidentKind.Seizure, OccurredOn = on, OccurredAtUtc = on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
        MunicipalityId = 1, DirectorateId = 1, ReportingAgency = ReportingAgency.KosovoPolice, LegalContext = LegalContext.CriminalOffence,
        Narrative = "Seized during a search.", Tlp = tlp, HandlingCode = HandlingCode.H1,
    };

    private static EntityLink Link(EntityKind fromKind, long fromId, EntityKind toKind, long toId, LinkType type, Incident source, double confidence) => new()
    {
        FromKind = fromKind, FromId = fromId, ToKind = toKind, ToId = toId, Type = type, SourceIncidentId = source.Id,
        ValidFrom = source.OccurredOn, Confidence = confidence,
    };
}
