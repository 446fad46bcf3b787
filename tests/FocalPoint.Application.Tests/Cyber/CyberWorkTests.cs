using FocalPoint.Application.Common;
using FocalPoint.Application.Cyber.Reporting;
using FocalPoint.Application.Cyber.Work;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Cyber;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Cyber;

public sealed class CyberWorkTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MeetClock_EarlyWarningWithin24Hours_OnTimeAndTheNextClockIsNotification(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(CyberWorld.Now);
        await using var reporter = CyberWorld.Services(database, CyberWorld.Public(), clock);
        await using var unit = CyberWorld.Services(database, CyberWorld.Unit(), clock);
        var id = (await CyberWorld.SubmitAsync(reporter, CyberWorld.Phishing())).Value!.Id;
        var version = (await unit.RunAsync<GetCyberIncident, CyberIncidentDetails?>(g => g.HandleAsync(id)))!.Version;

        clock.Advance(TimeSpan.FromHours(20));
        var triaged = await unit.RunAsync<WorkCyberIncident, CommandResult<int>>(w => w.TriageAsync(id, new CyberTriageInput(CyberStatus.Triaged, CyberSeverity.High, Tlp.Green, "cyber", version)));
        var met = await unit.RunAsync<WorkCyberIncident, CommandResult<int>>(w => w.MeetClockAsync(id, CyberClock.EarlyWarning, triaged.Value));
        var stale = await unit.RunAsync<WorkCyberIncident, CommandResult<int>>(w => w.MeetClockAsync(id, CyberClock.Notification, version));

        var details = await unit.RunAsync<GetCyberIncident, CyberIncidentDetails?>(g => g.HandleAsync(id));
        var queue = await unit.RunAsync<ListCyberQueue, IReadOnlyList<CyberQueueRow>>(q => q.HandleAsync());
        Assert.True(met.Succeeded);
        Assert.True(stale.Conflict);
        var warning = details!.Deadlines.Single(d => d.Clock == CyberClock.EarlyWarning);
        Assert.False(warning.Overdue(clock.GetUtcNow().UtcDateTime));
        Assert.Equal(CyberWorld.Now.UtcDateTime.AddHours(20), warning.MetAtUtc);
        Assert.Equal((CyberStatus.Triaged, CyberSeverity.High, Tlp.Green), (details.Status, details.Severity, details.Tlp));
        Assert.Equal(CyberClock.Notification, queue.Single().NextDeadline!.Clock);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListQueue_EarlyWarningMissed_InTheOverdueListAndCountedLateInTheFigures(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(CyberWorld.Now);
        await using var reporter = CyberWorld.Services(database, CyberWorld.Public(), clock);
        await using var unit = CyberWorld.Services(database, CyberWorld.Unit(), clock);
        var late = (await CyberWorld.SubmitAsync(reporter, CyberWorld.Phishing())).Value!.Id;
        var fresh = CyberWorld.Phishing();
        fresh.DetectedAtUtc = CyberWorld.Now.UtcDateTime.AddHours(20);
        clock.Advance(TimeSpan.FromHours(23));
        await CyberWorld.SubmitAsync(reporter, fresh);

        clock.Advance(TimeSpan.FromHours(7));
        var overdue = await unit.RunAsync<ListCyberQueue, IReadOnlyList<CyberQueueRow>>(q => q.HandleAsync(CyberQueueView.Overdue));
        var version = (await unit.RunAsync<GetCyberIncident, CyberIncidentDetails?>(g => g.HandleAsync(late)))!.Version;
        await unit.RunAsync<WorkCyberIncident, CommandResult<int>>(w => w.MeetClockAsync(late, CyberClock.EarlyWarning, version));
        var figures = await unit.RunAsync<CyberFigures, CyberFiguresView?>(f => f.HandleAsync(2026));
        var refused = await reporter.RunAsync<ListCyberQueue, IReadOnlyList<CyberQueueRow>>(q => q.HandleAsync(CyberQueueView.All));

        Assert.Equal([late], overdue.Select(r => r.Id));
        Assert.Equal(2, figures!.Total);
        Assert.Equal(2, figures.ByMonth[2]);
        Assert.Equal(2, figures.ByType[CyberIncidentType.Phishing]);
        Assert.Equal(2, figures.ByReporterKind[CyberReporterKind.Individual]);
        Assert.Equal((0, 1), (figures.EarlyWarningsOnTime, figures.EarlyWarningsLate));
        Assert.Empty(refused);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SubmitInstitutional_MemberOfAnOrganisation_CarriesItsSectorAndImpact_OthersRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            db.CyberOrganisations.Add(new CyberOrganisation { Name = "Test Water Utility", Sector = CyberSector.DrinkingWater, Members = [new() { UserName = "water" }] });
            await db.SaveChangesAsync();
        }

        await using var member = CyberWorld.Services(database, CyberWorld.User("water", "CyberReporter"));
        await using var stranger = CyberWorld.Services(database, CyberWorld.User("someone", "CyberReporter"));
        var input = CyberWorld.Phishing();
        input.ServiceAffected = "Billing portal";
        input.UsersAffected = 1200;
        input.CrossBorder = true;

        var stored = await member.RunAsync<SubmitCyberReport, CommandResult<CyberReceipt>>(s => s.InstitutionalAsync(input));
        var refused = await stranger.RunAsync<SubmitCyberReport, CommandResult<CyberReceipt>>(s => s.InstitutionalAsync(input));

        Assert.True(refused.Errors!.ToDictionary().ContainsKey("Organisation"));
        await using var check = await member.ContextAsync();
        var incident = await check.CyberIncidents.SingleAsync(c => c.Id == stored.Value!.Id);
        Assert.Equal((CyberReporterKind.Institution, CyberSector.DrinkingWater, 1200, true), (incident.ReporterKind, incident.Sector, incident.UsersAffected, incident.CrossBorder));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_IncidentAsStix_ValidAuditedAndWithoutTheReportersWords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var reporter = CyberWorld.Services(database, CyberWorld.Public());
        await using var unit = CyberWorld.Services(database, CyberWorld.Unit());
        var input = CyberWorld.Phishing((CyberIndicatorType.IPv4, "203.0.113.9"), (CyberIndicatorType.Email, "billing@bad-bank.example"));
        input.Contact = "Private Person, +383 44 000 000";
        var id = (await CyberWorld.SubmitAsync(reporter, input)).Value!.Id;

        var stix = await unit.RunAsync<ExportCyberIncident, System.Text.Json.Nodes.JsonObject?>(e => e.HandleAsync(id, CyberExportFormat.Stix));
        var misp = await unit.RunAsync<ExportCyberIncident, System.Text.Json.Nodes.JsonObject?>(e => e.HandleAsync(id, CyberExportFormat.Misp));
        var refused = await reporter.RunAsync<ExportCyberIncident, System.Text.Json.Nodes.JsonObject?>(e => e.HandleAsync(id, CyberExportFormat.Stix));

        var problems = stix!["objects"]!.AsArray().SelectMany(o => SchemaSet.CheckStix(o!.AsObject())).Concat(SchemaSet.CheckMisp(misp!)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Null(refused);
        var text = stix!.ToJsonString() + misp!.ToJsonString();
        Assert.DoesNotContain("looks like my bank", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+383", text, StringComparison.Ordinal);
        Assert.Contains("203.0.113.9", text, StringComparison.Ordinal);
        var exports = unit.GetRequiredService<RecordingAuditLog>().Events.Where(e => e.Action == FocalPoint.Data.Auditing.AuditAction.Export).ToList();
        Assert.Equal(2, exports.Count);
    }
}
