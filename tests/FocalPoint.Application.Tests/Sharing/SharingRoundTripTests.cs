using System.Text;
using FocalPoint.Application.Common;
using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Application.Sharing.Partners;
using FocalPoint.Application.Sharing.Sending;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Sharing;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Sharing;

/// <summary>Two FocalPoint instances (two databases, two key sets) exchanging packages.</summary>
public sealed class SharingRoundTripTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SendOpenAcknowledge_TwoInstances_FirearmJoinedAndSenderMarkedAcknowledged(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        var partnerId = await kosovo.RegisterAsync(macedonia);
        await macedonia.RegisterAsync(kosovo);
        var sent = await kosovo.RecordAsync("AK-47 0093");
        var theirs = await macedonia.RecordAsync("ak470093");

        var package = Assert.Single(Instance.Ok(await kosovo.SendAsync(new SendInput { PartnerId = partnerId, Purpose = "Joint investigation Tetovo", Records = [$"firearm:{sent.Firearm}", $"incident:{sent.Incident}"] })));
        var bytes = (await kosovo.LedgerAsync(package.Id)).Content!;
        var opened = await macedonia.OpenAsync(bytes);
        var acknowledged = await kosovo.OpenAsync(opened.Acknowledgement!);

        Assert.Null(opened.Refusal);
        Assert.Equal(("XK-FFP", 2, 1), (opened.PartnerCode, opened.Records, opened.Joined));
        var stored = await macedonia.LedgerAsync(opened.LedgerId!.Value);
        Assert.Equal(theirs.Firearm, stored.Records.Single(r => r.Type == "firearm").FirearmId);
        Assert.Equal("Joint investigation Tetovo", stored.Purpose);
        Assert.Null(acknowledged.Refusal);
        Assert.Equal(PackageStatus.Acknowledged, (await kosovo.LedgerAsync(package.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Open_SamePackageTwice_SecondRefusedAsReplayNothingStored(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        var partnerId = await kosovo.RegisterAsync(macedonia);
        await macedonia.RegisterAsync(kosovo);
        var sent = await kosovo.RecordAsync("AK-47 0093");
        var (_, bytes) = await kosovo.SendOneAsync(partnerId, $"firearm:{sent.Firearm}");
        await macedonia.OpenAsync(bytes);

        var again = await macedonia.OpenAsync(bytes);

        Assert.Equal(PackageRefusal.Replayed, again.Refusal);
        Assert.Equal("PackageReplayed", again.Message!.Code);
        await using var db = macedonia.Database.CreateContext();
        Assert.Equal(1, db.SharingPackages.Count(p => p.Direction == PackageDirection.Received));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Send_PartnerWithoutPersonsAndNeverNarrative_NoForbiddenValueInBytesOrDecryptedPayload(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        var partnerId = await kosovo.RegisterAsync(macedonia, personsAllowed: false, neverSend: "narrative");
        await macedonia.RegisterAsync(kosovo);
        var sent = await kosovo.RecordAsync("AK-47 0093");

        var (_, bytes) = await kosovo.SendOneAsync(partnerId, $"incident:{sent.Incident}", $"person:{sent.Person}");
        var opened = await macedonia.OpenAsync(bytes);

        await using var db = macedonia.Database.CreateContext();
        var received = db.ReceivedRecords.ToList();
        var everything = Encoding.UTF8.GetString(bytes) + string.Join("\n", received.Select(r => r.Fields));
        foreach (var forbidden in new[] { "Berisha", "Dritan", "1234567890", "1988-03-04", "informant", "Krasniqi" })
        {
            Assert.DoesNotContain(forbidden, everything, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(2, opened.Records);
        Assert.Contains("Suspect", received.Single(r => r.Type == "person").Fields, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Send_RedRecord_WaitsForACommanderWhoIsNotTheRequester(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        var partnerId = await kosovo.RegisterAsync(macedonia);
        var sent = await kosovo.RecordAsync("AK-47 0093", HandlingCode.H2, Tlp.Amber);

        var package = Assert.Single(Instance.Ok(await kosovo.SendAsync(new SendInput { PartnerId = partnerId, Purpose = "Analysis", Records = [$"firearm:{sent.Firearm}"] })));
        var byLiaison = await kosovo.Liaison.RunAsync<ApprovePackage, CommandResult<PackageStatus>>(a => a.HandleAsync(package.Id));
        var byCommander = await kosovo.Commander.RunAsync<ApprovePackage, CommandResult<PackageStatus>>(a => a.HandleAsync(package.Id));

        Assert.Equal(PackageStatus.AwaitingApproval, package.Status);
        Assert.True(byLiaison.NotFound);
        Assert.Equal(PackageStatus.Sent, byCommander.Value);
        Assert.Equal("commander", (await kosovo.LedgerAsync(package.Id)).ApprovedBy);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Send_ReceivedH2Record_RefusedAsForwardingForbidden(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        await using var albania = await Instance.CreateAsync(provider, "AL-ASP");
        var partnerId = await kosovo.RegisterAsync(macedonia);
        await macedonia.RegisterAsync(kosovo);
        var albaniaId = await macedonia.RegisterAsync(albania);
        var sent = await kosovo.RecordAsync("AK-47 0093", HandlingCode.H2);
        var package = Assert.Single(Instance.Ok(await kosovo.SendAsync(new SendInput { PartnerId = partnerId, Purpose = "Analysis", Records = [$"firearm:{sent.Firearm}"] })));
        await kosovo.Commander.RunAsync<ApprovePackage, CommandResult<PackageStatus>>(a => a.HandleAsync(package.Id));
        var opened = await macedonia.OpenAsync((await kosovo.LedgerAsync(package.Id)).Content!);
        var receivedId = (await macedonia.LedgerAsync(opened.LedgerId!.Value)).Records.Single().Id;

        var forward = await macedonia.SendAsync(new SendInput { PartnerId = albaniaId, Purpose = "Analysis", Records = [$"received:{receivedId}"] });

        Assert.Contains("XK-FFP:Firearm/", forward.Errors!.ToDictionary()["Records"].Single(), StringComparison.Ordinal);
        await using var db = macedonia.Database.CreateContext();
        Assert.Equal(0, db.SharingPackages.Count(p => p.PartnerId == albaniaId));
    }
}
