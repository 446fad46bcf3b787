using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Resolution;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Linkage;

/// <summary>Forty distinct persons in one GREEN incident, plus chosen duplicates: enough for the model to sample u from.</summary>
internal static class ResolutionSeed
{
    /// <summary>Runs are heavy (and one per database at a time, under a lease): their test classes run one after another.</summary>
    public const string Collection = "Resolution runs";

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

    /// <summary>Queues a pending person pair as a run would (left is the smaller id).</summary>
    public static async Task<long> QueuePairAsync(TestDatabase database, long left, long right)
    {
        await using var db = database.CreateContext();
        var pair = new ReviewPair { Kind = ResolvedKind.Person, LeftRecordId = left, RightRecordId = right, Probability = 0.6, MatchWeight = 0.6, ExplanationJson = "{}" };
        db.ReviewPairs.Add(pair);
        await db.SaveChangesAsync();
        return pair.Id;
    }
}
