using FocalPoint.Application.Common;
using FocalPoint.Application.Community.Safety;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Data.Identity;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Community.Safety;

/// <summary>The coordinator, a clock, and an audit brought to a given stage for the community-safety tests.</summary>
internal static class SafetyTestData
{
    public static readonly ManualClock Clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
    public static readonly DateOnly Today = new(2026, 3, 10);

    public static UserAccess Coordinator() => new("coordinator", new HashSet<string> { Roles.MunicipalCoordinator }, ReportingAgency.KosovoPolice, new HashSet<long>());

    public static ServiceProvider Services(TestDatabase database, UserAccess? access = null, Action<IServiceCollection>? replace = null) =>
        TestServices.For(database, time: Clock, access: access ?? Coordinator(), replace: replace);

    public static AuditSetUpInput SetUp(int municipality = 1) =>
        new(municipality, "Safety audit 2026", "Municipality; Kosovo Police station; schools; women's NGO", "Firearms at home and in celebrations", "Whole municipality", "Registry; survey; walks");

    /// <summary>Starts an audit and moves it on to <paramref name="stage"/>, adding an action item when passing the strategy.</summary>
    public static async Task<long> AuditAtAsync(ServiceProvider services, Domain.Community.AuditStage stage, int municipality = 1)
    {
        var id = Ok(await services.RunAsync<SafetyAudits, CommandResult<long>>(a => a.StartAsync(SetUp(municipality))));
        for (var at = Domain.Community.AuditStage.SetUp; at < stage; at++)
        {
            if (at == Domain.Community.AuditStage.Strategy)
            {
                Ok(await services.RunAsync<AuditSteps, CommandResult<long>>(s => s.ItemAsync(id, Item())));
            }

            Ok(await services.RunAsync<SafetyAudits, CommandResult<long>>(a => a.AdvanceAsync(id)));
        }

        return id;
    }

    public static ActionItemInput Item(string? owner = "Municipal directorate of education", string? indicator = "Domestic violence incidents with a weapon per year", IncidentKind? kind = IncidentKind.DomesticViolence) =>
        new("Awareness sessions in schools", owner, 4000m, Today.AddMonths(6), indicator, kind, 5m, 2m, null);

    /// <summary>Records incidents of a kind in a municipality through the registry's own use case.</summary>
    public static async Task RecordIncidentsAsync(ServiceProvider registry, IncidentKind kind, int municipality, DateTime at, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var input = IncidentInputs.Seizure(serial: $"S-{kind}-{municipality}-{at:yyyyMMdd}-{i}");
            input.Kind = kind;
            input.MunicipalityId = municipality;
            input.OccurredAtLocal = at.AddHours(i);
            Ok(await registry.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input)));
        }
    }

    public static T Ok<T>(CommandResult<T> result)
    {
        Assert.True(result.Succeeded, result.Errors is { } e ? string.Join("; ", e.Entries.Select(x => $"{x.Key}: {string.Join(", ", x.Value.Select(m => m.English))}")) : "not found");
        return result.Value!;
    }
}
