using FocalPoint.Application.Community.Referrals;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Community;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FocalPoint.Application.Tests.Community.ReferralTestData;

namespace FocalPoint.Application.Tests.Community;

/// <summary>A referral from the form through screening, consent, assessment, panel, support and review to exit.</summary>
public sealed class ReferralWorkflowTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Referral_FromFormToExit_EveryStageInHistoryEveryStepAuditedAndErasureDateSet(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, time: Clock, access: CaseWorker());
        var id = await ReferAsync(services);

        Assert.True((await StepAsync(services, s => s.ScreenAsync(id, new(ScreeningOutcome.Accepted, null)))).Succeeded);
        Assert.True((await StepAsync(services, s => s.ConsentAsync(id, new(ConsentStatus.Given, "Law 06/L-082 art. 6(1)(a)", Today)))).Succeeded);
        Assert.True((await StepAsync(services, s => s.AssessAsync(id, new(VafLevel.Medium, VafLevel.Low, VafLevel.Low, "Channel practitioner", Today)))).Succeeded);
        Assert.True((await StepAsync(services, s => s.PanelAsync(id, new(Today, "Police; Social work; School", "Offer mentoring and education support.")))).Succeeded);
        Assert.True((await StepAsync(services, s => s.SupportAsync(id, new("Youth mentoring NGO", SupportType.Mentoring, Today)))).Succeeded);
        Assert.True((await StepAsync(services, s => s.ReviewAsync(id, new(Today, "Attends mentoring weekly.")))).Succeeded);
        Assert.True((await StepAsync(services, s => s.ExitAsync(id, new(ExitReason.VulnerabilityReduced, Today, Today.AddMonths(6))))).Succeeded);
        var details = (await services.RunAsync<GetReferral, ReferralDetails?>(g => g.HandleAsync(id)))!;

        Assert.Equal(ReferralStage.Exited, details.Stage);
        Assert.Equal(
            [ReferralStage.AwaitingScreening, ReferralStage.Assessment, ReferralStage.Panel, ReferralStage.Support, ReferralStage.Exited],
            details.History.Select(h => h.To));
        Assert.Equal((1, 1, 1, 1), (details.Assessments.Count, details.PanelMeetings.Count, details.SupportItems.Count, details.Reviews.Count));
        Assert.Equal(Today.AddDays(1095), details.EraseOn);
        var audit = services.GetRequiredService<RecordingAuditLog>().Events;
        Assert.Equal(AuditAction.Collect, audit[0].Action);
        Assert.Equal(7, audit.Count(e => e.Action == AuditAction.Alter && e.RecordIds.SequenceEqual([$"Referral/{id}"])));
        Assert.Equal(AuditAction.Consult, audit[^1].Action);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refer_SubjectNameAndConcerns_EncryptedAtRest(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, time: Clock, access: CaseWorker());
        await ReferAsync(services, Form(name: "Synthetic Subject Qendresa"));

        await using var db = database.CreateContext();
        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"SubjectName\" || \"Concerns\" AS \"Value\" FROM \"Referrals\"").SingleAsync();

        Assert.DoesNotContain("Qendresa", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("violent videos", stored, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Steps_BadInputOrWrongStage_RefusedWithMessageAndNothingChanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, time: Clock, access: CaseWorker());
        var badForm = Form(age: 7);
        badForm.Concerns = "";
        var minor = await ReferAsync(services, Form(age: 15, sex: Sex.Male));

        var form = await services.RunAsync<ReferReferral, Common.CommandResult<long>>(r => r.HandleAsync(badForm));
        var tooEarly = await StepAsync(services, s => s.SupportAsync(minor, new("NGO", SupportType.Education, Today)));
        var signpostNowhere = await StepAsync(services, s => s.ScreenAsync(minor, new(ScreeningOutcome.Signposted, " ")));
        await StepAsync(services, s => s.ScreenAsync(minor, new(ScreeningOutcome.Accepted, null)));
        var minorOwnConsent = await StepAsync(services, s => s.ConsentAsync(minor, new(ConsentStatus.Given, "Law 06/L-082", Today)));
        var noConsentYet = await StepAsync(services, s => s.AssessAsync(minor, new(VafLevel.High, VafLevel.High, VafLevel.Low, "Practitioner", Today)));
        var future = await StepAsync(services, s => s.ExitAsync(minor, new(ExitReason.DisengagedOrMoved, Today.AddDays(3), null)));

        Assert.Equal(["ReferralAge"], form.Errors!.For("SubjectAge").Select(m => m.Code));
        Assert.Equal(["Required"], form.Errors!.For("Concerns").Select(m => m.Code));
        Assert.Equal("ReferralWrongStage", tooEarly.Errors!.For("Stage").Single().Code);
        Assert.Equal("ReferralSignpostWhere", signpostNowhere.Errors!.For("SignpostedTo").Single().Code);
        Assert.Equal("ReferralGuardianForMinor", minorOwnConsent.Errors!.For("Status").Single().Code);
        Assert.Equal("ReferralNeedsConsent", noConsentYet.Errors!.For("Engagement").Single().Code);
        Assert.Equal("ReferralDateNotFuture", future.Errors!.For("On").Single().Code);
        await using var db = database.CreateContext();
        var stored = await db.Referrals.AsNoTracking().SingleAsync();
        Assert.Equal((ReferralStage.Assessment, (ConsentStatus?)null), (stored.Stage, stored.Consent));
        Assert.Equal(0, await db.ReferralSupportItems.CountAsync() + await db.ReferralAssessments.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Screening_NotAppropriateOrConsentRefused_ExitsWithTheShortRetention(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, time: Clock, access: CaseWorker());
        var screenedOut = await ReferAsync(services);
        var refused = await ReferAsync(services);

        await StepAsync(services, s => s.ScreenAsync(screenedOut, new(ScreeningOutcome.NotAppropriate, null)));
        await StepAsync(services, s => s.ScreenAsync(refused, new(ScreeningOutcome.Accepted, null)));
        await StepAsync(services, s => s.ConsentAsync(refused, new(ConsentStatus.Refused, "Law 06/L-082", Today)));

        await using var db = database.CreateContext();
        var rows = await db.Referrals.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Stage, r.ExitReason, r.EraseOn }).ToListAsync();
        Assert.Equal([ExitReason.NotAppropriate, ExitReason.ConsentRefused], rows.Select(r => r.ExitReason!.Value));
        Assert.All(rows, r => Assert.Equal((ReferralStage.Exited, Today.AddDays(365)), (r.Stage, r.EraseOn!.Value)));
    }
}
