using System.Text;
using FocalPoint.Application.Common;
using FocalPoint.Application.Community.Safety;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Community;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FocalPoint.Application.Tests.Community.Safety.SafetyTestData;

namespace FocalPoint.Application.Tests.Community.Safety;

/// <summary>A safety audit from set-up to implementation, its survey import and its action plan's checks.</summary>
public sealed class SafetyAuditTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Audit_FromSetUpToImplementation_StagesKeptWithWhoAndDashboardCountsFromRegistry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var registry = TestServices.For(database, time: Clock);
        await RecordIncidentsAsync(registry, IncidentKind.DomesticViolence, 1, new DateTime(2025, 11, 20, 10, 0, 0), 3);
        await RecordIncidentsAsync(registry, IncidentKind.DomesticViolence, 2, new DateTime(2025, 11, 21, 10, 0, 0), 1);
        await using var services = Services(database);

        var id = await AuditAtAsync(services, AuditStage.Strategy);
        var walk = await services.RunAsync<AuditSteps, CommandResult<long>>(s => s.WalkAsync(id, new(Today, "Old town to the bus station", "Police; youth council",
            [new(42.665, 21.165, "No street lighting behind the market", true)])));
        var priority = Ok(await services.RunAsync<AuditSteps, CommandResult<long>>(s => s.PriorityAsync(id, new("Weapons at home", "Survey: women feel unsafe at home; registry: rising domestic violence."))));
        Ok(await services.RunAsync<AuditSteps, CommandResult<long>>(s => s.ItemAsync(id, Item() with { PriorityId = priority })));
        var manual = Ok(await services.RunAsync<AuditSteps, CommandResult<long>>(s => s.ItemAsync(id, Item(indicator: "Share of women who feel safe at night (%)", kind: null) with { Baseline = 40, Target = 60 })));
        Ok(await services.RunAsync<SafetyAudits, CommandResult<long>>(a => a.AdvanceAsync(id)));
        Ok(await services.RunAsync<AuditSteps, CommandResult<long>>(s => s.ProgressAsync(manual, new(Today, 30, 45m, "Second survey wave"))));

        var details = (await services.RunAsync<GetAudit, AuditDetails?>(g => g.HandleAsync(id)))!;
        var dashboard = (await services.RunAsync<MunicipalDashboard, DashboardLines?>(d => d.HandleAsync(id)))!;

        Assert.True(walk.Succeeded);
        Assert.Equal([AuditStage.SetUp, AuditStage.Audit, AuditStage.Strategy, AuditStage.Implementation], details.History.Select(h => h.To));
        Assert.All(details.History, h => Assert.Equal("coordinator", h.By));
        Assert.True(details.Walks.Single().Observations.Single().Hotspot);
        var measured = dashboard.Lines.First(l => l.Measured);
        Assert.Equal((3m, 5m, 2m), (measured.Current!.Value, measured.Baseline, measured.Target));
        var entered = dashboard.Lines.Single(l => !l.Measured);
        Assert.Equal((45m, 0.25m, 30), (entered.Current!.Value, entered.Towards!.Value, entered.PercentDone));
        var audit = services.GetRequiredService<RecordingAuditLog>().Events;
        Assert.Equal(AuditAction.Collect, audit[0].Action);
        Assert.All(audit.Skip(1), e => Assert.Equal([$"SafetyAudit/{id}"], e.RecordIds));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SurveyImport_AnswersOutsideScale_RefusedRowByRowAndNothingStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        var id = await AuditAtAsync(services, AuditStage.Audit);
        var survey = Ok(await services.RunAsync<Surveys, CommandResult<long>>(s => s.CreateAsync(id, new("Feeling of safety", 1, 5, "I feel safe at night\nGuns are fired at weddings"))));
        var bad = "sex,age_band,community,q1,q2\nF,18-24,Albanian,4,2\nM,35-54,Serb,7,1\nF,unknown,Roma,3,0\n";
        var good = "sex,age_band,community,q1,q2\nF,18-24,Albanian,4,2\nM,35-54,Serb,2,\nF,25-34,Roma,3,5\n";

        var refused = await services.RunAsync<Surveys, CommandResult<int>>(s => s.ImportAsync(survey, Csv(bad), "answers.csv"));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(0, await db.SurveyAnswers.CountAsync());
        }

        var imported = await services.RunAsync<Surveys, CommandResult<int>>(s => s.ImportAsync(survey, Csv(good), "answers.csv"));
        var results = (await services.RunAsync<GetAudit, AuditDetails?>(g => g.HandleAsync(id)))!.Surveys.Single();

        Assert.Equal(
            ["SafetyOutsideScale", "SafetyUnknownColumn", "SafetyOutsideScale"],
            refused.Errors!.For("File").Select(m => m.Code));
        Assert.Contains("Row 3, question 1: the answer 7 is outside the scale 1 to 5.", refused.Errors!.For("File").Select(m => m.English));
        Assert.Equal(3, imported.Value);
        Assert.Equal(3, results.Respondents);
        var q1 = results.Questions[0];
        Assert.Equal((3, 3m), (q1.Answers, q1.Mean!.Value));
        Assert.Equal(3.5m, q1.Groups.Single(g => g.Dimension == "sex" && g.Key == nameof(Sex.Female)).Mean);
        Assert.Equal(2, results.Questions[1].Answers);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ActionItem_WithoutOwnerOrIndicatorOrTooEarly_RefusedWithMessagesAndNothingStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        var early = await AuditAtAsync(services, AuditStage.Audit);
        var id = await AuditAtAsync(services, AuditStage.Strategy);

        var noOwner = await services.RunAsync<AuditSteps, CommandResult<long>>(s => s.ItemAsync(id, Item(owner: " ", indicator: null)));
        var tooEarly = await services.RunAsync<AuditSteps, CommandResult<long>>(s => s.ItemAsync(early, Item()));
        var noPlan = await services.RunAsync<SafetyAudits, CommandResult<long>>(a => a.AdvanceAsync(id));

        Assert.Equal(["Required"], noOwner.Errors!.For("Owner").Select(m => m.Code));
        Assert.Equal(["Required"], noOwner.Errors!.For("Indicator").Select(m => m.Code));
        Assert.Equal("SafetyWrongStage", tooEarly.Errors!.For("Stage").Single().Code);
        Assert.Equal("SafetyNoActionItems", noPlan.Errors!.For("Stage").Single().Code);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.ActionItems.CountAsync());
        Assert.Equal(AuditStage.Strategy, (await db.SafetyAudits.SingleAsync(a => a.Id == id)).Stage);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Audits_AnalystAsks_NothingFoundAndNothingChanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var coordinator = Services(database);
        var id = await AuditAtAsync(coordinator, AuditStage.Audit);
        await using var analyst = Services(database, ReferralTestData.As("analyst", Data.Identity.Roles.Analyst));

        var details = await analyst.RunAsync<GetAudit, AuditDetails?>(g => g.HandleAsync(id));
        var advance = await analyst.RunAsync<SafetyAudits, CommandResult<long>>(a => a.AdvanceAsync(id));

        Assert.Null(details);
        Assert.True(advance.NotFound);
        await using var db = database.CreateContext();
        Assert.Equal(AuditStage.Audit, (await db.SafetyAudits.SingleAsync()).Stage);
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));
}
