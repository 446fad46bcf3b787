using System.Text;
using FocalPoint.Application.Common;
using FocalPoint.Application.Sharing.Ledger;
using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Application.Sharing.Receiving;
using FocalPoint.Application.Sharing.Sending;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Sharing;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Sharing;

/// <summary>What the liaison desk and the approver rely on beyond the package format: refusal with a reason, the ledger, the builder's lookup, hostile files.</summary>
public sealed class SharingDeskTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refuse_H2Package_NeedsAReasonThenIsRefusedAndItsFileNeverLeaves(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        var partnerId = await kosovo.RegisterAsync(macedonia);
        var sent = await kosovo.RecordAsync("AK-47 0093", HandlingCode.H2, Tlp.Amber);
        var package = Assert.Single(Instance.Ok(await kosovo.SendAsync(new SendInput { PartnerId = partnerId, Purpose = "Analysis", Records = [$"firearm:{sent.Firearm}"] })));

        var blank = await kosovo.Commander.RunAsync<ApprovePackage, CommandResult<PackageStatus>>(a => a.RefuseAsync(package.Id, " "));
        var stillPending = (await kosovo.LedgerAsync(package.Id)).Status;
        var refused = await kosovo.Commander.RunAsync<ApprovePackage, CommandResult<PackageStatus>>(a => a.RefuseAsync(package.Id, "Source not yet consulted"));
        var file = await kosovo.Liaison.RunAsync<PackageFile, PackageFileContent?>(f => f.HandleAsync(package.Id));
        var approveAfter = await kosovo.Commander.RunAsync<ApprovePackage, CommandResult<PackageStatus>>(a => a.HandleAsync(package.Id));

        Assert.Equal("Required", Assert.Single(blank.Errors!.For("Reason")).Code);
        Assert.Equal(PackageStatus.AwaitingApproval, stillPending);
        Assert.Equal(PackageStatus.Refused, refused.Value);
        Assert.Equal("Source not yet consulted", (await kosovo.LedgerAsync(package.Id)).RefusalReason);
        Assert.Null(file);
        Assert.False(approveAfter.Succeeded);
        var audit = kosovo.Liaison.GetRequiredService<RecordingAuditLog>();
        Assert.DoesNotContain(audit.Events, e => e.Action is AuditAction.Disclose or AuditAction.Transfer);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Ledger_OnePartner_PagedNewestFirstAndFileHandOverAudited(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        await using var albania = await Instance.CreateAsync(provider, "AL-ASP");
        var mk = await kosovo.RegisterAsync(macedonia);
        var al = await kosovo.RegisterAsync(albania);
        var sent = await kosovo.RecordAsync("AK-47 0093");
        var ids = new List<long>();
        foreach (var partner in new[] { mk, al, mk, mk })
        {
            ids.Add((await kosovo.SendOneAsync(partner, $"firearm:{sent.Firearm}")).Package.Id);
            kosovo.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        var first = Instance.Ok(await kosovo.Liaison.RunAsync<PackageLedger, CommandResult<PagedResult<LedgerRow>>>(l => l.HandleAsync(new LedgerFilter(mk, PageSize: 2))));
        var second = Instance.Ok(await kosovo.Liaison.RunAsync<PackageLedger, CommandResult<PagedResult<LedgerRow>>>(l => l.HandleAsync(new LedgerFilter(mk, Page: 2, PageSize: 2))));
        var badPage = await kosovo.Liaison.RunAsync<PackageLedger, CommandResult<PagedResult<LedgerRow>>>(l => l.HandleAsync(new LedgerFilter(mk, Page: 0)));
        var file = await kosovo.Liaison.RunAsync<PackageFile, PackageFileContent?>(f => f.HandleAsync(ids[0]));

        Assert.Equal(3, first.TotalCount);
        Assert.Equal([ids[3], ids[2]], first.Items.Select(r => r.Id));
        Assert.Equal([ids[0]], second.Items.Select(r => r.Id));
        Assert.All(first.Items, r => Assert.Equal(("MK-MOI", PackageDirection.Sent, 1), (r.PartnerCode, r.Direction, r.Records)));
        Assert.False(badPage.Succeeded);
        Assert.Equal((await kosovo.LedgerAsync(ids[0])).Content, file!.Bytes);
        Assert.EndsWith(PackageFile.Extension, file.FileName, StringComparison.Ordinal);
        var audit = kosovo.Liaison.GetRequiredService<RecordingAuditLog>();
        Assert.Contains(audit.Events, e => e.Action == AuditAction.Transfer && e.Recipients!.Contains("MK-MOI"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FindShareable_IncidentReference_OffersIncidentFirearmAndPersonByRoleNeverByName(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        var sent = await kosovo.RecordAsync("AK-47 0093", HandlingCode.H1, Tlp.Amber);
        await using var db = kosovo.Database.CreateContext();
        var reference = await db.Incidents.Where(i => i.Id == sent.Incident).Select(i => i.Reference).FirstAsync();

        var found = await kosovo.Liaison.RunAsync<FindShareable, IReadOnlyList<ShareCandidate>>(f => f.HandleAsync(reference));
        var nothing = await kosovo.Liaison.RunAsync<FindShareable, IReadOnlyList<ShareCandidate>>(f => f.HandleAsync("KP-0000-999999"));

        Assert.Equal([$"incident:{sent.Incident}", $"firearm:{sent.Firearm}", $"person:{sent.Person}"], found.Select(c => c.Key));
        Assert.Equal("PersonRole_Suspect", found[2].TermKey);
        Assert.All(found, c => Assert.Equal(("H1", "AMBER"), (c.Handling, c.Tlp)));
        Assert.DoesNotContain(found, c => c.Label.Contains("Berisha", StringComparison.Ordinal));
        Assert.Empty(nothing);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PreviewShown_PartnerAllowedNames_ConsultationOfThePersonAuditedWithThePurpose(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        var partnerId = await kosovo.RegisterAsync(macedonia, personsAllowed: true);
        var sent = await kosovo.RecordAsync("AK-47 0093");

        var preview = Instance.Ok(await kosovo.Liaison.RunAsync<PreviewPackage, CommandResult<IReadOnlyList<PartnerPackage>>>(p =>
            p.ShowAsync(new SendInput { PartnerId = partnerId, Purpose = "Joint investigation", Records = [$"person:{sent.Person}"] })));

        Assert.Equal("Berisha", Assert.Single(Assert.Single(preview).Records).Fields["familyName"]);
        var audit = kosovo.Liaison.GetRequiredService<RecordingAuditLog>();
        var entry = Assert.Single(audit.Events, e => e.Action == AuditAction.Consult && e.RecordKind == "Person");
        Assert.Equal("Joint investigation", entry.Purpose);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Open_HostileFiles_EachRefusedWithItsMessageAuditedNothingStored(DatabaseProvider provider)
    {
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        byte[][] hostile =
        [
            [0x50, 0x4B, 0x03, 0x04, 0xFF, 0x00],
            Encoding.UTF8.GetBytes("{}"),
            Encoding.UTF8.GetBytes("[1, 2, 3]"),
            Encoding.UTF8.GetBytes("{\"format\": 7, \"packageId\": null, \"recipients\": \"everyone\"}"),
            Encoding.UTF8.GetBytes(new string('{', 5000)),
        ];

        var outcomes = new List<OpenOutcome>();
        foreach (var bytes in hostile)
        {
            outcomes.Add(await macedonia.OpenAsync(bytes));
        }

        var tooLarge = await macedonia.OpenAsync(new byte[PackageFormat.DefaultMaxBytes + 1]);
        var declaredTooLarge = Instance.Ok(await macedonia.Liaison.RunAsync<OpenPackage, CommandResult<OpenOutcome>>(o => o.RefuseTooLargeAsync()));

        Assert.All(outcomes, o => Assert.Equal((PackageRefusal.NotAPackage, "PackageNotAPackage"), (o.Refusal, o.Message!.Code)));
        Assert.Equal(PackageRefusal.TooLarge, tooLarge.Refusal);
        Assert.Equal(("PackageTooLarge", PackageRefusal.TooLarge), (declaredTooLarge.Message!.Code, declaredTooLarge.Refusal));
        var audit = macedonia.Liaison.GetRequiredService<RecordingAuditLog>();
        Assert.Equal(hostile.Length + 2, audit.Events.Count(e => e.Action == AuditAction.AccessRefused && e.RecordKind == "SharingPackage"));
        await using var db = macedonia.Database.CreateContext();
        Assert.Equal(0, await db.SharingPackages.CountAsync());
        Assert.Equal(0, await db.ReceivedRecords.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Open_SerialAboveTheFanOutCapAndALookAlike_CommonJoinsNoneLookAlikeInDoubt(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        var partnerId = await kosovo.RegisterAsync(macedonia);
        await macedonia.RegisterAsync(kosovo);
        var common = await kosovo.RecordAsync("ZX-991827");
        var lookAlike = await kosovo.RecordAsync("BR-554120");
        for (var i = 0; i < 6; i++)
        {
            await macedonia.RecordAsync("ZX 991827");
        }

        var ours = await macedonia.RecordAsync("BR-554126");
        var (_, bytes) = await kosovo.SendOneAsync(partnerId, $"firearm:{common.Firearm}", $"firearm:{lookAlike.Firearm}");

        var opened = await macedonia.OpenAsync(bytes);

        var stored = (await macedonia.LedgerAsync(opened.LedgerId!.Value)).Records.OrderBy(r => r.Id).ToList();
        Assert.Equal((Correlation.Common, (long?)null), (stored[0].Match, stored[0].FirearmId));
        Assert.Equal((Correlation.Doubt, (long?)ours.Firearm), (stored[1].Match, stored[1].FirearmId));
        Assert.Equal((0, 1), (opened.Joined, opened.Doubtful));
    }
}
