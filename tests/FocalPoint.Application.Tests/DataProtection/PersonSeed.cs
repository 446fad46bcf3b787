using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.DataProtection;

/// <summary>A person in one GREEN incident (within every analyst's reach) on a chosen date, written through the tracked path.</summary>
internal static class PersonSeed
{
    public const string PersonalNumber = "1234567890";
    public const string Narrative = "Informant reported a Zastava pistol hidden beneath the stairwell in Gjakovë.";

    public static async Task<(long PersonId, long IncidentId)> AddAsync(
        TestDatabase database, PersonRole role = PersonRole.Suspect, DateOnly? occurredOn = null, string reference = "FP-2020-900001")
    {
        var on = occurredOn ?? new DateOnly(2024, 5, 17);
        await using var db = database.CreateContext();
        var incident = new Incident
        {
            Reference = reference, Kind = IncidentKind.Seizure, OccurredOn = on, OccurredAtUtc = on.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            MunicipalityId = 1, DirectorateId = 1, ReportingAgency = ReportingAgency.KosovoPolice, LegalContext = LegalContext.CriminalOffence,
            Narrative = Narrative, Tlp = Tlp.Green, HandlingCode = HandlingCode.H1,
        };
        var person = new Person { GivenName = "Arben", FamilyName = "Krasniqi", DateOfBirth = new DateOnly(1980, 2, 3), PersonalNumber = PersonalNumber, Nationality = "XK" };
        incident.Persons.Add(new IncidentPerson { Person = person, Role = role });
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        return (person.Id, incident.Id);
    }
}
