using FocalPoint.Application.Common;
using FocalPoint.Application.Community.Referrals;
using FocalPoint.Application.Linkage;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Identity;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Community;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Resolution;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FocalPoint.Application.Tests.Community.ReferralTestData;

namespace FocalPoint.Application.Tests.Community;

/// <summary>The seal (ADR 0025) at the use cases: every role but the case worker finds nothing, changes nothing and is audited.</summary>
public sealed class ReferralSealTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryUseCase_EveryOtherRole_NotFoundNothingChangedAndTheAttemptAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var worker = TestServices.For(database, time: Clock, access: CaseWorker()))
        {
            await ReferAsync(worker);
        }

        long id;
        await using (var db = database.CreateContext())
        {
            id = await db.Referrals.Select(r => r.Id).SingleAsync();
        }

        foreach (var role in Roles.All.Where(r => r != Roles.ReferralCaseWorker))
        {
            await using var services = TestServices.For(database, time: Clock, access: As("outsider", role));
            var refused = new List<bool>
            {
                await services.RunAsync<GetReferral, ReferralDetails?>(g => g.HandleAsync(id)) is null,
                await services.RunAsync<ListReferrals, IReadOnlyList<ReferralRow>?>(l => l.HandleAsync(ReferralListKind.Open)) is null,
                (await services.RunAsync<ReferReferral, CommandResult<long>>(r => r.HandleAsync(Form()))).NotFound,
                (await StepAsync(services, s => s.ScreenAsync(id, new(ScreeningOutcome.Accepted, null)))).NotFound,
                (await StepAsync(services, s => s.ExitAsync(id, new(ExitReason.ReferredToPolice, Today, null)))).NotFound,
            };

            Assert.All(refused, Assert.True);
            var audit = services.GetRequiredService<RecordingAuditLog>().Events;
            Assert.Equal(5, audit.Count);
            Assert.All(audit, e => Assert.Equal((AuditAction.AccessRefused, "Referral"), (e.Action, e.RecordKind)));
            Assert.Contains(audit, e => e.RecordIds.SequenceEqual([$"Referral/{id}"]));
        }

        await using var check = database.CreateContext();
        var stored = await check.Referrals.AsNoTracking().SingleAsync();
        Assert.Equal(ReferralStage.AwaitingScreening, stored.Stage);
        Assert.Equal(1, await check.ReferralHistory.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EntityResolution_ReferralSubjectWithARegistryNamesake_NeverAmongTheRecordsCompared(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            db.Persons.Add(new Person { GivenName = "Zyrafete", FamilyName = "Synthetic", Sex = Sex.Female });
            await db.SaveChangesAsync();
        }

        await using (var worker = TestServices.For(database, time: Clock, access: CaseWorker()))
        {
            await ReferAsync(worker, Form(name: "Zyrafete Synthetic"));
        }

        await using var context = database.CreateContext();
        var rows = await RecordSources.LoadAsync(context, ResolvedKind.Person, default);

        var row = Assert.Single(rows);
        Assert.Equal("Zyrafete", row[1]);
        Assert.Equal(1, await context.Referrals.CountAsync());
    }
}
