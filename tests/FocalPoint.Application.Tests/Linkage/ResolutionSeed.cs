using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Linkage;

/// <summary>Forty distinct persons in one GREEN incident, plus chosen duplicates: enough for the model to sample u from.</summary>
internal static class ResolutionSeed
{
    private static readonly string[] Given = ["Arben", "Besnik", "Driton", "Fatmir", "Gent", "Ilir", "Jeton", "Kushtrim", "Labinot", "Mentor"];
    private static readonly string[] Family = ["Berisha", "Gashi", "Hoxha", "Kelmendi"];

    public static async Task<long> AddIncidentAsync(TestDatabase database, string reference, params Person[] persons)
    {
        await using var db = database.CreateContext();
        var on = new DateOnly(2024, 5, 17);
        var incident = new Incident
        {
            Reference = reference, Kind = IncidentKind.Seizure, OccurredOn = on, OccurredAtUtc = on.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            MunicipalityId = 1, DirectorateId = 1, ReportingAgency = ReportingAgency.KosovoPolice, LegalContext = LegalContext.CriminalOffence,
            Narrative = "Seizure.", Tlp = Tlp.Green, HandlingCode = HandlingCode.H1,
        };
        foreach (var person in persons)
        {
            incident.Persons.Add(new IncidentPerson { Person = person, Role = PersonRole.Suspect });
        }

        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        return incident.Id;
    }

    public static Person[] Distinct() =>
        [.. Enumerable.Range(0, 40).Select(i => new Person
        {
            GivenName = Given[i % Given.Length], FamilyName = Family[i / Given.Length], DateOfBirth = new DateOnly(1960 + i, 1 + (i % 12), 1 + (i % 27)),
            PersonalNumber = $"11{i:D8}", Nationality = "XK", Sex = Sex.Male,
        })];

    public static Person Krasniqi(string given = "Agim", string family = "Krasniqi") =>
        new() { GivenName = given, FamilyName = family, DateOfBirth = new DateOnly(1979, 3, 14), PersonalNumber = "1234567890", Nationality = "XK", Sex = Sex.Male };
}
