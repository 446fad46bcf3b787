using FocalPoint.Application.Common;
using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Application.Sharing.Partners;
using FocalPoint.Application.Sharing.Sending;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Sharing;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Sharing;

public sealed class PartnerGroupTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveGroup_ContainingAGroupThatContainsIt_RefusedNamingTheGroup(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        var regional = Instance.Ok(await SaveAsync(kosovo, null, new GroupInput { Name = "Western Balkans" }));
        var trilateral = Instance.Ok(await SaveAsync(kosovo, null, new GroupInput { Name = "Trilateral", SubgroupIds = [regional] }));

        var cycle = await SaveAsync(kosovo, regional, new GroupInput { Name = "Western Balkans", SubgroupIds = [trilateral] });

        Assert.Contains("Trilateral", cycle.Errors!.ToDictionary()["SubgroupIds"].Single(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Send_NestedGroupWithoutNameSharing_OnePackagePerPartnerEachSeeingOnlyItself(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        await using var albania = await Instance.CreateAsync(provider, "AL-ASP");
        var mk = await kosovo.RegisterAsync(macedonia);
        var al = await kosovo.RegisterAsync(albania);
        await albania.RegisterAsync(kosovo);
        var trilateral = Instance.Ok(await SaveAsync(kosovo, null, new GroupInput { Name = "Trilateral", PartnerIds = [mk] }));
        var regional = Instance.Ok(await SaveAsync(kosovo, null, new GroupInput { Name = "Western Balkans", PartnerIds = [al], SubgroupIds = [trilateral] }));
        var sent = await kosovo.RecordAsync("AK-47 0093");

        var packages = Instance.Ok(await kosovo.SendAsync(new SendInput { GroupId = regional, Purpose = "Regional threat picture", Records = [$"firearm:{sent.Firearm}"] }));

        Assert.Equal(["AL-ASP", "MK-MOI"], packages.Select(p => p.PartnerCode));
        var opened = await albania.OpenAsync((await kosovo.LedgerAsync(packages[0].Id)).Content!);
        Assert.Null(opened.Refusal);
        var keys = await albania.Liaison.RunAsync<OwnKeys, IReadOnlyList<PrivateKey>>(k => k.DecryptionKeysAsync());
        var signer = (await kosovo.Liaison.RunAsync<OwnKeys, IReadOnlyList<PublicKey>>(k => k.PublicKeysAsync()))[0];
        var payload = Payload.FromJson(PackageOpener.Open((await kosovo.LedgerAsync(packages[0].Id)).Content!, _ => new SenderKey(signer, false, "XK-FFP"), keys, Instance.Today).Payload!);
        Assert.Null(payload.SharedWith);
        Assert.DoesNotContain("MK-MOI", System.Text.Encoding.UTF8.GetString((await kosovo.LedgerAsync(packages[0].Id)).Content!), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Send_GroupWithAPartnerWhoseKeyWasRevoked_RefusedNamingThePartnerNothingSent(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        await using var albania = await Instance.CreateAsync(provider, "AL-ASP");
        var mk = await kosovo.RegisterAsync(macedonia);
        var al = await kosovo.RegisterAsync(albania);
        var group = Instance.Ok(await SaveAsync(kosovo, null, new GroupInput { Name = "Trilateral", PartnerIds = [mk, al] }));
        await using (var db = kosovo.Database.CreateContext())
        {
            var key = await db.PartnerKeys.Where(k => k.PartnerId == al && k.Use == SharingKeyUse.Encryption).Select(k => k.KeyId).SingleAsync();
            Assert.True(await kosovo.Liaison.RunAsync<AddPartnerKey, bool>(a => a.RevokeAsync(key)));
        }

        var sent = await kosovo.RecordAsync("AK-47 0093");
        var result = await kosovo.SendAsync(new SendInput { GroupId = group, Purpose = "Analysis", Records = [$"firearm:{sent.Firearm}"] });

        Assert.Contains("Partner AL-ASP (AL-ASP)", result.Errors!.ToDictionary()["Recipient"].Single(), StringComparison.Ordinal);
        await using var check = kosovo.Database.CreateContext();
        Assert.Equal(0, await check.SharingPackages.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Open_FromAPartnerNotYetRegistered_RefusedAuditedNothingStored(DatabaseProvider provider)
    {
        await using var kosovo = await Instance.CreateAsync(provider, "XK-FFP");
        await using var macedonia = await Instance.CreateAsync(provider, "MK-MOI");
        var partnerId = await kosovo.RegisterAsync(macedonia);
        var sent = await kosovo.RecordAsync("AK-47 0093");
        var (_, bytes) = await kosovo.SendOneAsync(partnerId, $"firearm:{sent.Firearm}");

        var opened = await macedonia.OpenAsync(bytes);

        Assert.Equal(PackageRefusal.UnknownSender, opened.Refusal);
        var audit = macedonia.Liaison.GetRequiredService<RecordingAuditLog>();
        Assert.Contains(audit.Events, e => e.Action == AuditAction.AccessRefused && e.RecordKind == "SharingPackage");
        await using var db = macedonia.Database.CreateContext();
        Assert.Equal(0, await db.SharingPackages.CountAsync());
    }

    private static Task<CommandResult<long>> SaveAsync(Instance instance, long? id, GroupInput input) =>
        instance.Liaison.RunAsync<SaveGroup, CommandResult<long>>(s => s.HandleAsync(id, input));
}
