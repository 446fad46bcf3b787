using FocalPoint.Application.Common;
using FocalPoint.Application.Infrastructure.Demo;
using FocalPoint.Application.Infrastructure.Operators;
using FocalPoint.Application.Infrastructure.Plans;
using FocalPoint.Application.Infrastructure.ThreatLevels;
using FocalPoint.Application.Security;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Infrastructure;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Infrastructure;

public sealed class SecurityPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private static UserAccess User(string name, string role) => new(name, new HashSet<string> { role }, ReportingAgency.KosovoPolice, new HashSet<long>());

    private static ServiceProvider Services(TestDatabase database, UserAccess access, ManualClock clock) => TestServices.For(database, access: access, time: clock);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RaiseLevel_OperatorAddsMeasureAndConfirms_MinistryApprovesTheNewVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(Now);
        await using var ministry = Services(database, User("ciministry", "InfrastructureMinistry"), clock);
        await using var operatorUser = Services(database, User(InfrastructureDemoData.OperatorUserName, "InfrastructureOperator"), clock);
        await ministry.RunAsync<InfrastructureDemoData, int>(d => d.SeedAsync(7));
        var own = (await operatorUser.RunAsync<ListOperators, IReadOnlyList<OperatorRow>>(l => l.HandleAsync())).Single();

        var raised = await ministry.RunAsync<SetThreatLevel, CommandResult<bool>>(s => s.HandleAsync(CriticalSector.Energy, ThreatLevel.Critical, "Attack on a substation abroad"));
        var toApply = (await operatorUser.RunAsync<ListOperators, IReadOnlyList<OperatorRow>>(l => l.HandleAsync())).Single().MeasuresToApply;
        var added = await operatorUser.RunAsync<EditSecurityPlan, CommandResult<bool>>(e => e.AddMeasureAsync(own.Id, "Drone detection at substations", ThreatLevel.Critical));
        var submitted = await operatorUser.RunAsync<EditSecurityPlan, CommandResult<bool>>(e => e.SubmitAsync(own.Id));
        var confirmed = await operatorUser.RunAsync<EditSecurityPlan, CommandResult<bool>>(e => e.ConfirmAppliedAsync(own.Id));
        var approved = await ministry.RunAsync<EditSecurityPlan, CommandResult<bool>>(e => e.ApproveAsync(own.Id));
        var details = (await operatorUser.RunAsync<GetOperator, OperatorDetails?>(g => g.HandleAsync(own.Id)))!;

        Assert.Equal(2, own.MeasuresToApply);
        Assert.True(raised.Succeeded && added.Succeeded && submitted.Succeeded && confirmed.Succeeded && approved.Succeeded);
        Assert.Equal(3, toApply);
        Assert.Equal((2, PlanStatus.Approved), (details.Approved!.Number, details.Approved.Status));
        Assert.Contains(details.Versions, v => v is { Number: 1, Status: PlanStatus.Superseded });
        Assert.Contains(details.Approved.Measures, m => m.Text == "Drone detection at substations" && m.InForce);
        Assert.Null(details.Pending);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Operator_AnotherOperatorsPlan_NotFoundAndLevelsNotSettable(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(Now);
        await using var ministry = Services(database, User("ciministry", "InfrastructureMinistry"), clock);
        await using var operatorUser = Services(database, User(InfrastructureDemoData.OperatorUserName, "InfrastructureOperator"), clock);
        await ministry.RunAsync<InfrastructureDemoData, int>(d => d.SeedAsync(7));
        var all = await ministry.RunAsync<ListOperators, IReadOnlyList<OperatorRow>>(l => l.HandleAsync());
        var own = (await operatorUser.RunAsync<ListOperators, IReadOnlyList<OperatorRow>>(l => l.HandleAsync())).Single();
        var other = all.First(o => o.Id != own.Id);

        var read = await operatorUser.RunAsync<GetOperator, OperatorDetails?>(g => g.HandleAsync(other.Id));
        var edit = await operatorUser.RunAsync<EditSecurityPlan, CommandResult<bool>>(e => e.AddMeasureAsync(other.Id, "Sneaky measure", null));
        var level = await operatorUser.RunAsync<SetThreatLevel, CommandResult<bool>>(s => s.HandleAsync(CriticalSector.Energy, ThreatLevel.Low, "Calm"));
        var approve = await operatorUser.RunAsync<EditSecurityPlan, CommandResult<bool>>(e => e.ApproveAsync(own.Id));

        Assert.Equal(8, all.Count);
        Assert.Null(read);
        Assert.True(edit.NotFound && level.NotFound && approve.NotFound);
        Assert.Contains(all, o => o.ReviewOverdue);
    }

    [Fact]
    public async Task Submit_ReviewDateInThePast_RefusedAndThePlanStaysADraft()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var clock = new ManualClock(Now);
        await using var ministry = Services(database, User("ciministry", "InfrastructureMinistry"), clock);
        await ministry.RunAsync<InfrastructureDemoData, int>(d => d.SeedAsync(7));
        var overdue = (await ministry.RunAsync<ListOperators, IReadOnlyList<OperatorRow>>(l => l.HandleAsync())).First(o => o.ReviewOverdue);

        var badDate = await ministry.RunAsync<EditSecurityPlan, CommandResult<bool>>(e => e.SetReviewDueAsync(overdue.Id, DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-1)));
        await ministry.RunAsync<EditSecurityPlan, CommandResult<bool>>(e => e.AddMeasureAsync(overdue.Id, "Fence repaired", null));
        var submitted = await ministry.RunAsync<EditSecurityPlan, CommandResult<bool>>(e => e.SubmitAsync(overdue.Id));
        var details = (await ministry.RunAsync<GetOperator, OperatorDetails?>(g => g.HandleAsync(overdue.Id)))!;

        Assert.Equal("InfraReviewInPast", badDate.Errors!.For("ReviewDue").Single().Code);
        Assert.Equal("InfraReviewInPast", submitted.Errors!.For("ReviewDue").Single().Code);
        Assert.Equal(PlanStatus.Draft, details.Pending!.Status);
    }
}
