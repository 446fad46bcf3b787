using System.Text.Json;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Resolution;
using FocalPoint.Linkage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>The review loop: an analyst runs resolution, opens a doubtful pair, reads the explanation, accepts it, and finds the merged entity on the person page.</summary>
[Collection(ResolutionRuns.Name)]
public sealed class EntityReviewBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Analyst_AcceptsAPairFromTheQueue_SeesTheMergedEntityOnThePersonPage()
    {
        var (left, right) = await SeedTwoSpellingsAsync();
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/entities/review");

        await page.ClickAsync("#run-persons");
        await Expect(page.Locator("#run-result")).ToContainTextAsync("records", new() { Timeout = 120_000 });
        var pairId = await QueuePairAsync(left, right);
        await page.ReloadAsync();
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.SelectOptionAsync("#queue-sort", "Newest");
        await Expect(page.Locator("#review-queue")).ToContainTextAsync($"#{pairId}");
        await fixture.ShotAsync(page, "30-entity-review-queue");

        await page.ClickAsync($"a[href='/entities/review/{pairId}']");
        await page.FillAsync("#purpose", "Deduplication of case FP-2024 suspects");
        await page.ClickAsync("#purpose-confirm");
        await Expect(page.Locator("#waterfall")).ToContainTextAsync("Family name");
        await Expect(page.Locator($"#record-{left}")).ToContainTextAsync("Krasniqi");
        await Expect(page.Locator($"#record-{right}")).ToContainTextAsync("Krasnići");
        await fixture.ShotAsync(page, "31-entity-review-pair");

        await page.Locator("#review-surface").FocusAsync();
        await page.Keyboard.PressAsync("a");
        await Expect(page.Locator("#decision-result")).ToContainTextAsync("Accepted");
        await fixture.ShotAsync(page, "32-entity-review-accepted");

        await page.GotoAsync($"/persons/{right}");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.FillAsync("#purpose", "Deduplication of case FP-2024 suspects");
        await page.ClickAsync("#purpose-confirm");
        await Expect(page.Locator("#resolved-entity-records")).ToContainTextAsync($"#{left}");
        await Expect(page.Locator("#resolved-entity-records")).ToContainTextAsync($"#{right}");
        await fixture.ShotAsync(page, "33-person-resolved-entity");

        // Within the same task the purpose is remembered: the entity page opens without asking again.
        await page.ClickAsync("#resolved-entity-link");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#purpose")).ToHaveCountAsync(0);
        await Expect(page.Locator("#entity-history")).ToContainTextAsync($"Review pair {pairId} accepted");
        await fixture.ShotAsync(page, "34-entity-page");
    }

    [Fact]
    public async Task Analyst_ResolvesFirearms_FirearmPageShowsItsEntity()
    {
        await using var db = fixture.App.Database.CreateContext();
        var firearmId = await db.Firearms.Where(f => f.Incident!.Tlp == Tlp.Green && f.Incident.HandlingCode != HandlingCode.H3)
            .OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/entities/review");

        await page.ClickAsync("#run-firearms");
        await Expect(page.Locator("#run-result")).ToContainTextAsync("records", new() { Timeout = 120_000 });
        await fixture.ShotAsync(page, "35-entity-run-firearms");
        await page.GotoAsync($"/firearms/{firearmId}");
        await BrowserFixture.WaitUntilLiveAsync(page);

        await Expect(page.Locator("#resolved-entity-records")).ToContainTextAsync($"#{firearmId}");
        await fixture.ShotAsync(page, "36-firearm-resolved-entity");
    }

    [Fact]
    public async Task Analyst_AcceptsAPairThatMergesWholeEntities_SeesConflictsAndConfirms()
    {
        var (pairId, left, right, older) = await ArrangeLargerEntityAsync();
        var page = await fixture.SignedInPageAsync("analyst", culture: "sq", startPath: $"/entities/review/{pairId}");

        await page.FillAsync("#purpose", "Deduplication of case FP-2024 suspects");
        await page.ClickAsync("#purpose-confirm");
        await page.ClickAsync("#accept");
        await Expect(page.Locator("#merge-confirm")).ToContainTextAsync("3");
        await Expect(page.Locator("#merge-conflicts")).ToContainTextAsync("20.01.1955");
        await fixture.ShotAsync(page, "37-entity-merge-confirm-sq");
        await page.ClickAsync("#confirm-merge");

        await Expect(page.Locator("#decision-result")).ToBeVisibleAsync();
        await using var db = fixture.App.Database.CreateContext();
        Assert.Equal(1, await db.EntityMemberships.Where(m => m.RecordId == left || m.RecordId == right || m.RecordId == older).Select(m => m.EntityId).Distinct().CountAsync());
    }

    /// <summary>Two spellings of one man, the first already in an entity with an older namesake born in 1955, the second alone.</summary>
    private async Task<(long PairId, long Left, long Right, long Older)> ArrangeLargerEntityAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        var on = new DateOnly(2024, 4, 9);
        var incident = new Incident
        {
            Reference = "FP-2024-990002", Kind = IncidentKind.Seizure, OccurredOn = on, OccurredAtUtc = on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            MunicipalityId = 1, DirectorateId = 1, ReportingAgency = ReportingAgency.KosovoPolice, LegalContext = LegalContext.CriminalOffence,
            Narrative = "Rifle found in a barn.", Tlp = Tlp.Green, HandlingCode = HandlingCode.H1,
        };
        Person Gashi(string family, int year) => new() { GivenName = "Besnik", FamilyName = family, DateOfBirth = new DateOnly(year, 1, 20), Nationality = "XK", Sex = Sex.Male };
        var (left, right, older) = (Gashi("Gashi", 1988), Gashi("Gashij", 1988), Gashi("Gashi", 1955));
        foreach (var person in new[] { left, right, older })
        {
            incident.Persons.Add(new IncidentPerson { Person = person, Role = PersonRole.Suspect });
        }

        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        var at = new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);
        var shared = new ResolvedEntity { Kind = ResolvedKind.Person };
        shared.Members.AddRange(new[] { left.Id, older.Id }.Select(r => new EntityMembership { Kind = ResolvedKind.Person, RecordId = r, AssignedAtUtc = at }));
        var alone = new ResolvedEntity { Kind = ResolvedKind.Person };
        alone.Members.Add(new EntityMembership { Kind = ResolvedKind.Person, RecordId = right.Id, AssignedAtUtc = at });
        db.ResolvedEntities.AddRange(shared, alone);
        await db.SaveChangesAsync();
        var (a, b) = left.Id < right.Id ? (left.Id, right.Id) : (right.Id, left.Id);
        return (await QueuePairAsync(a, b), left.Id, right.Id, older.Id);
    }

    private async Task<(long Left, long Right)> SeedTwoSpellingsAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        var on = new DateOnly(2024, 3, 2);
        var incident = new Incident
        {
            Reference = "FP-2024-990001", Kind = IncidentKind.Seizure, OccurredOn = on, OccurredAtUtc = on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            MunicipalityId = 1, DirectorateId = 1, ReportingAgency = ReportingAgency.KosovoPolice, LegalContext = LegalContext.CriminalOffence,
            Narrative = "Pistol found in a car at Merdare.", Tlp = Tlp.Green, HandlingCode = HandlingCode.H1,
        };
        var left = new Person { GivenName = "Agim", FamilyName = "Krasniqi", DateOfBirth = new DateOnly(1979, 3, 14), Nationality = "XK", Sex = Sex.Male };
        var right = new Person { GivenName = "Agim", FamilyName = "Krasnići", DateOfBirth = new DateOnly(1979, 4, 13), Nationality = "RS", Sex = Sex.Male };
        incident.Persons.Add(new IncidentPerson { Person = left, Role = PersonRole.Suspect });
        incident.Persons.Add(new IncidentPerson { Person = right, Role = PersonRole.Witness });
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        return (left.Id, right.Id);
    }

    /// <summary>The run may or may not have queued this pair (the model decides); the test makes sure it is there, pending.</summary>
    private async Task<long> QueuePairAsync(long left, long right)
    {
        await using var db = fixture.App.Database.CreateContext();
        var existing = await db.ReviewPairs.FirstOrDefaultAsync(p => p.Kind == ResolvedKind.Person && p.LeftRecordId == left && p.RightRecordId == right);
        if (existing is not null)
        {
            return existing.Id;
        }

        string L(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var explanation = new PairExplanation(L(left), L(right), -12.3,
        [
            new FieldContribution("given_name", "exact", "AGIM", "AGIM", 0.92, 0.004, 7.85, -0.6),
            new FieldContribution("family_name", "jaro-winkler >= 0.92", "KRASNIQI", "KRASNICI", 0.2, 0.002, 6.64, 0),
            new FieldContribution("date_of_birth", "day/month swapped", "1979-03-14", "1979-04-13", 0.05, 0.001, 5.64, 0),
            new FieldContribution("personal_number", "missing", null, null, null, null, 0, 0),
            new FieldContribution("nationality", "else", "XK", "RS", 0.1, 0.8, -3, 0),
        ], 4.23, 0.949);
        var pair = new ReviewPair
        {
            Kind = ResolvedKind.Person, LeftRecordId = left, RightRecordId = right, Probability = 0.949, MatchWeight = 4.23, State = ReviewState.Pending,
            ExplanationJson = JsonSerializer.Serialize(explanation, new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        };
        db.ReviewPairs.Add(pair);
        await db.SaveChangesAsync();
        return pair.Id;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
