using System.Text.RegularExpressions;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>The new-incident form as an officer fills it: sensible defaults, short messages that go once fixed, persons and things.</summary>
public sealed partial class IncidentFormBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task NewIncident_WithPersonsVehicleAndPhone_SavesThemAndMessagesClearOnceFixed()
    {
        var (personId, name) = await VisiblePersonAsync();
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/incidents/new");

        // "When" defaults to now (Kosovo time), on the quarter hour, day first.
        var when = await page.InputValueAsync("#occurred");
        Assert.Matches(WhenPattern(), when);
        Assert.Equal(0, int.Parse(when[^2..], System.Globalization.CultureInfo.InvariantCulture) % 15);

        await page.ClickAsync("#add-firearm");
        await page.ClickAsync("#save");
        var typeError = page.Locator("label:has(#firearm-0-type) .field-error");
        await Expect(typeError).ToHaveTextAsync("Choose a firearm type.");
        await Expect(page.Locator("label:has(#narrative) .field-error")).ToHaveTextAsync("Required.");
        await fixture.ShotAsync(page, "60-new-incident-messages");

        // Fixing a field takes its message away at once.
        await page.SelectOptionAsync("#firearm-0-type", "1");
        await Expect(typeError).ToHaveCountAsync(0);
        await page.FillAsync("#narrative", "Browser test: two men and a car stopped at Vërmicë.");
        await page.SelectOptionAsync("#municipality", "1");
        await page.Locator("#narrative").BlurAsync();
        await Expect(page.Locator("label:has(#narrative) .field-error")).ToHaveCountAsync(0);

        // An existing person is found first, under a purpose; a new one is typed in.
        await page.FillAsync("#person-purpose", "Recording the Vërmicë stop");
        await page.FillAsync("#person-find", name);
        await page.ClickAsync("#person-find-go");
        await page.Locator("#person-results li").Filter(new() { HasTextRegex = new Regex($"#{personId}$") }).Locator("button").ClickAsync();
        await page.SelectOptionAsync("#person-0-role", "Witness");
        await page.ClickAsync("#add-person");
        await page.FillAsync("#person-1-given", "Besnik");
        await page.FillAsync("#person-1-family", "Morina");
        await page.FillAsync("#person-1-born", "03.02.1991");

        await page.FillAsync("#vehicle-plate", "03-ZZ-918");
        await page.ClickAsync("#vehicle-find");
        await page.FillAsync("#vehicle-0-make", "Škoda");
        await page.SelectOptionAsync("#identifier-kind", "Phone");
        await page.FillAsync("#identifier-value", "049 222 333");
        await page.ClickAsync("#identifier-find");
        await Expect(page.Locator("#identifier-0-value")).ToHaveValueAsync("049 222 333");
        await fixture.ShotAsync(page, "61-new-incident-parties");

        await page.ClickAsync("#save");
        await page.WaitForUrlAsync(new Regex(@"/incidents/\d+$"));
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("body")).ToContainTextAsync("Morina");
        await Expect(page.Locator("body")).ToContainTextAsync("03.02.1991");
        await fixture.ShotAsync(page, "62-new-incident-saved");

        var id = long.Parse(page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
        Assert.Equal(2, await db.IncidentPersons.CountAsync(ip => ip.IncidentId == id));
        Assert.True(await db.IncidentPersons.AnyAsync(ip => ip.IncidentId == id && ip.PersonId == personId && ip.Role == Domain.Parties.PersonRole.Witness));
        Assert.Equal(2, await db.Links.CountAsync(l => l.SourceIncidentId == id && l.Type == LinkType.InvolvedIn));
    }

    [Fact]
    public async Task NewIncident_PlaceAbroad_KeepsCountryRegionAndPlaceInsteadOfAMunicipality()
    {
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/incidents/new");
        await page.SelectOptionAsync("#place-country", "AL");
        await Expect(page.Locator("#municipality")).ToHaveCountAsync(0);
        await page.FillAsync("#place-region", "Qarku i Durrësit");
        await page.FillAsync("#place-name", "Durrës");
        await page.FillAsync("#narrative", "Browser test: partner report of a seizure in the port.");
        await fixture.ShotAsync(page, "63-new-incident-abroad");

        await page.ClickAsync("#save");
        await page.WaitForUrlAsync(new Regex(@"/incidents/\d+$"));
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#place-abroad")).ToContainTextAsync("Durrës, Qarku i Durrësit · Albania");
        await page.GotoAsync("/culture/set?culture=sq&returnUrl=" + Uri.EscapeDataString(new Uri(page.Url).AbsolutePath));
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#place-abroad")).ToContainTextAsync("Durrës, Qarku i Durrësit · Shqipëri");
        await fixture.ShotAsync(page, "64-incident-abroad-sq");

        var id = long.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
        var saved = await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id);
        Assert.Equal(((int?)null, "AL", "Durrës"), (saved.MunicipalityId, saved.PlaceCountryCode, saved.PlaceName));
    }

    /// <summary>A person the analyst may see (in an open incident of any agency), with the name to search for.</summary>
    private async Task<(long Id, string Name)> VisiblePersonAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
        var person = await db.IncidentPersons.AsNoTracking()
            .Where(ip => ip.Incident!.Tlp == Tlp.Green && ip.Incident.HandlingCode != HandlingCode.H3)
            .OrderBy(ip => ip.PersonId).Select(ip => new { ip.PersonId, ip.Person!.GivenName, ip.Person.FamilyName }).FirstAsync();
        return (person.PersonId, $"{person.GivenName} {person.FamilyName}");
    }

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$")]
    private static partial Regex WhenPattern();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
