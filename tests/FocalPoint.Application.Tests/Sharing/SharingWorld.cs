using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Application.Sharing;
using FocalPoint.Application.Sharing.Partners;
using FocalPoint.Application.Sharing.Receiving;
using FocalPoint.Application.Sharing.Sending;
using FocalPoint.Data.Identity;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Sharing;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Sharing;

/// <summary>One FocalPoint instance in a test: its own database, its own keys, its own code; users of each role it needs.</summary>
internal sealed class Instance : IAsyncDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private Instance(TestDatabase database, string code, ManualClock clock)
    {
        Database = database;
        Code = code;
        Clock = clock;
        Liaison = For(User("liaison", Roles.LiaisonOfficer));
        Commander = For(User("commander", Roles.Commander));
        Investigator = For(User("investigator", Roles.Investigator));
    }

    public TestDatabase Database { get; }
    public string Code { get; }
    public ManualClock Clock { get; }
    public ServiceProvider Liaison { get; }
    public ServiceProvider Commander { get; }
    public ServiceProvider Investigator { get; }

    public static async Task<Instance> CreateAsync(DatabaseProvider provider, string code) => new(await TestDatabase.CreateAsync(provider), code, new ManualClock(Today));

    public ServiceProvider For(UserAccess access) =>
        TestServices.For(Database, access: access, time: Clock, replace: s => s.Configure<SharingOptions>(o => o.OwnCode = Code));

    public static UserAccess User(string name, string role) => new(name, new HashSet<string> { role }, ReportingAgency.KosovoPolice, new HashSet<long>());

    /// <summary>Registers the other instance as a partner, with its current public keys (as after comparing fingerprints by phone).</summary>
    public async Task<long> RegisterAsync(Instance other, bool personsAllowed = false, string neverSend = "")
    {
        var input = new PartnerInput { Code = other.Code, Name = $"Partner {other.Code}", CountryCode = other.Code[..2], Languages = "en", Channels = "package", PersonsAllowed = personsAllowed, NeverSend = neverSend };
        var id = Ok(await Liaison.RunAsync<SavePartner, CommandResult<long>>(s => s.HandleAsync(input)));
        foreach (var key in await other.Liaison.RunAsync<OwnKeys, IReadOnlyList<Application.Sharing.Packages.PublicKey>>(k => k.PublicKeysAsync()))
        {
            var use = key.Algorithm == Application.Sharing.Packages.PackageFormat.SignatureAlgorithm ? SharingKeyUse.Signature : SharingKeyUse.Encryption;
            Ok(await Liaison.RunAsync<AddPartnerKey, CommandResult<PartnerKeyRow>>(a => a.HandleAsync(id, use, Convert.ToBase64String(key.SubjectPublicKeyInfo), null)));
        }

        return id;
    }

    /// <summary>Records a seizure with one firearm and one suspect (with a personal number); returns (incident, firearm, person).</summary>
    public async Task<(long Incident, long Firearm, long Person)> RecordAsync(string serial, HandlingCode handling = HandlingCode.H1, Tlp tlp = Tlp.Green)
    {
        var input = IncidentInputs.Seizure(serial);
        input.HandlingCode = handling;
        input.Tlp = tlp;
        input.Narrative = "Rifle found under the seat; informant Arben Krasniqi tipped off the patrol.";
        input.Persons = [new PersonPartyInput { GivenName = "Dritan", FamilyName = "Berisha", DateOfBirth = new DateOnly(1988, 3, 4), Sex = Sex.Male, Role = PersonRole.Suspect }];
        var incident = Ok(await Investigator.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input)));
        await using var db = Database.CreateContext();
        var firearm = await db.Firearms.Where(f => f.IncidentId == incident).Select(f => f.Id).FirstAsync();
        var person = await db.IncidentPersons.Where(p => p.IncidentId == incident).Select(p => p.PersonId).FirstAsync();
        var row = await db.Persons.FirstAsync(p => p.Id == person);
        row.PersonalNumber = "1234567890";
        await db.SaveChangesAsync();
        return (incident, firearm, person);
    }

    public async Task<SharingPackageRecord> LedgerAsync(long id)
    {
        await using var db = Database.CreateContext();
        return await db.SharingPackages.AsNoTracking().Include(p => p.Records).FirstAsync(p => p.Id == id);
    }

    public Task<CommandResult<IReadOnlyList<SentPackage>>> SendAsync(SendInput input) =>
        Liaison.RunAsync<SendPackage, CommandResult<IReadOnlyList<SentPackage>>>(s => s.HandleAsync(input));

    /// <summary>Sends records to one partner and returns the ledger entry with the sealed bytes.</summary>
    public async Task<(SentPackage Package, byte[] Bytes)> SendOneAsync(long partnerId, params string[] records)
    {
        var package = Assert.Single(Ok(await SendAsync(new SendInput { PartnerId = partnerId, Purpose = "Analysis", Records = [.. records] })));
        return (package, (await LedgerAsync(package.Id)).Content!);
    }

    public async Task<OpenOutcome> OpenAsync(byte[] bytes) => Ok(await Liaison.RunAsync<OpenPackage, CommandResult<OpenOutcome>>(o => o.HandleAsync(bytes)));

    public static T Ok<T>(CommandResult<T> result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors?.ToDictionary().SelectMany(e => e.Value.Select(v => e.Key + ": " + v)) ?? ["not found"]));
        return result.Value!;
    }

    public async ValueTask DisposeAsync()
    {
        await Liaison.DisposeAsync();
        await Commander.DisposeAsync();
        await Investigator.DisposeAsync();
        await Database.DisposeAsync();
    }
}
