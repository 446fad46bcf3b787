using FocalPoint.Application.Cases;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Identity;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using FocalPoint.Domain.Parties;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Cases;

/// <summary>Accounts, incidents and cases for the case workspace tests.</summary>
internal static class CaseTestData
{
    public static UserAccess Investigator(string name) => new(name, new HashSet<string> { Roles.Investigator }, ReportingAgency.KosovoPolice, new HashSet<long>());

    public static UserAccess Commander(string name = "commander") => new(name, new HashSet<string> { Roles.Commander }, ReportingAgency.KosovoPolice, new HashSet<long>());

    /// <summary>Accounts as Identity stores them: the team rules accept only accounts whose role works on cases.</summary>
    public static async Task AccountsAsync(TestDatabase database, params (string UserName, string Role)[] accounts)
    {
        await using var db = database.CreateContext();
        foreach (var role in accounts.Select(a => a.Role).Distinct().Where(r => !db.Roles.Any(x => x.Name == r)))
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
        }

        await db.SaveChangesAsync();
        foreach (var (userName, role) in accounts)
        {
            var user = new FocalPointUser { UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = $"Officer {userName}" };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = db.Roles.Local.Concat(db.Roles).First(r => r.Name == role).Id });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The usual cast: two investigators, an analyst, a commander and a border officer (who works no cases).</summary>
    public static Task StandardAccountsAsync(TestDatabase database) => AccountsAsync(
        database, ("inv1", Roles.Investigator), ("inv2", Roles.Investigator), ("analyst", Roles.Analyst), ("commander", Roles.Commander), ("border", Roles.BorderOfficer));

    /// <summary>An incident recorded by <paramref name="author"/> with one suspect, marked as asked.</summary>
    public static async Task<(long Id, string Reference)> IncidentAsync(TestDatabase database, Tlp tlp, HandlingCode code, string author = "author")
    {
        await using var services = TestServices.For(database, author);
        var input = IncidentInputs.Seizure($"C-{Guid.NewGuid():N}"[..12]);
        (input.Tlp, input.HandlingCode) = (tlp, code);
        var id = (await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input))).Value;
        await using var db = database.CreateContext(new SystemUser(author));
        var person = new Person { GivenName = "Agim", FamilyName = "Krasniqi", Sex = Sex.Male };
        db.Persons.Add(person);
        await db.SaveChangesAsync();
        db.IncidentPersons.Add(new IncidentPerson { IncidentId = id, PersonId = person.Id, Role = PersonRole.Suspect });
        await db.SaveChangesAsync();
        return (id, db.Incidents.Where(i => i.Id == id).Select(i => i.Reference).Single());
    }

    public static CaseInput Input(string owner, string title = "Converted pistols around Peja", params string[] team) =>
        new() { Title = title, Owner = owner, Team = [.. team], Tlp = Tlp.Red, HandlingCode = HandlingCode.H2 };

    public static async Task<long> CaseAsync(ServiceProvider services, CaseInput input)
    {
        var result = await services.RunAsync<SaveCase, CommandResult<long>>(s => s.CreateAsync(input));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors?.Entries.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m.English}")) ?? []));
        return result.Value;
    }

    public static RecordingAuditLog Audit(this ServiceProvider services) => services.GetRequiredService<RecordingAuditLog>();
}
