using FocalPoint.Application.Common;
using FocalPoint.Application.Community.Safety;
using FocalPoint.Application.Reports.Pdf;
using FocalPoint.Application.Tests.Reports.Products;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Community;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Products;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;
using static FocalPoint.Application.Tests.Community.Safety.SafetyTestData;

namespace FocalPoint.Application.Tests.Community.Safety;

/// <summary>Council meetings: representation per meeting and year, decisions tied to items, the home panel, the monthly report.</summary>
public sealed class CouncilMeetingTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Meetings_Attendance_RepresentationPerMeetingAndYearAndHomeShowsNextMeetingAndDueItems(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        var audit = await AuditAtAsync(services, AuditStage.Implementation, municipality: 7);
        var item = (await services.RunAsync<GetAudit, AuditDetails?>(g => g.HandleAsync(audit)))!.Items.Single().Id;
        var first = Ok(await services.RunAsync<CouncilMeetings, CommandResult<long>>(m => m.CreateAsync(new(7, Today.AddDays(-20), "Police report; action plan", "Held."))));
        var next = Ok(await services.RunAsync<CouncilMeetings, CommandResult<long>>(m => m.CreateAsync(new(7, Today.AddDays(10), "Police report", null))));
        await AttendAsync(services, first, Sex.Female, AgeBand.From18To24, CommunityGroup.Serb);
        await AttendAsync(services, first, Sex.Male, AgeBand.From35To54, CommunityGroup.Albanian);
        await AttendAsync(services, next, Sex.Female, AgeBand.From55, CommunityGroup.Roma);
        var tied = await services.RunAsync<CouncilMeetings, CommandResult<long>>(m => m.DecisionAsync(first, new("Extend the school sessions.", item)));
        var elsewhere = await services.RunAsync<CouncilMeetings, CommandResult<long>>(m => m.DecisionAsync(first, new("Wrong municipality", item + 1000)));
        var early = await services.RunAsync<CouncilMeetings, CommandResult<long>>(m => m.MinutesAsync(next, "Written too early"));

        var year = (await services.RunAsync<GetMeetings, MeetingYear?>(g => g.YearAsync(7, 2026)))!;
        var home = (await services.RunAsync<SafetyHome, SafetyHomeData?>(h => h.HandleAsync()))!;
        var details = (await services.RunAsync<GetMeetings, MeetingDetails?>(g => g.HandleAsync(first)))!;

        // Gračanica has a Serb majority: the Albanian attendee counts as a minority there, the Serb one does not.
        Assert.Equal(new Representation(2, 1, 1, 1), year.Meetings[0].Representation);
        Assert.Equal(new Representation(3, 2, 1, 2), year.Total);
        Assert.True(tied.Succeeded);
        Assert.Equal("SafetyNotInThisAudit", elsewhere.Errors!.For("ActionItemId").Single().Code);
        Assert.Equal("SafetyMinutesBeforeMeeting", early.Errors!.For("Minutes").Single().Code);
        Assert.Equal("Awareness sessions in schools", details.Decisions.Single().ActionItem);
        Assert.Equal(next, home.NextMeeting!.Id);
        Assert.Equal([audit], home.InProgress.Select(a => a.Id));
        Assert.Empty(home.Due);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CouncilReport_MonthWithIncidents_CountsBesidePreviousMonthAndYearInTheChosenLanguage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var registry = TestServices.For(database, time: Clock);
        await RecordIncidentsAsync(registry, IncidentKind.CelebratoryShooting, 28, new DateTime(2025, 12, 31, 20, 0, 0), 3);
        await RecordIncidentsAsync(registry, IncidentKind.CelebratoryShooting, 28, new DateTime(2025, 11, 20, 20, 0, 0), 1);
        await RecordIncidentsAsync(registry, IncidentKind.DomesticViolence, 28, new DateTime(2024, 12, 5, 20, 0, 0), 2);
        await using var services = Services(database, replace: s => s.AddSingleton<IPdfRenderer, HtmlAsPdf>());

        var sq = Ok(await services.RunAsync<CouncilReport, CommandResult<CouncilReportFile>>(r => r.HandleAsync(new(28, 2025, 12, ProductLanguage.Sq))));
        var future = await services.RunAsync<CouncilReport, CommandResult<CouncilReportFile>>(r => r.HandleAsync(new(28, 2026, 5, ProductLanguage.En)));
        var html = System.Net.WebUtility.HtmlDecode(HtmlAsPdf.Text(sq.Pdf));

        Assert.Contains("Raporti mujor i policisë", html, StringComparison.Ordinal);
        Assert.Contains("<td>Të shtëna festive</td><td class=\"n\"><strong>3</strong></td><td class=\"n\">1 (+2)</td><td class=\"n\">0 (+3)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\"><strong>0</strong></td><td class=\"n\">0 (±0)</td><td class=\"n\">2 (−2)</td>", html, StringComparison.Ordinal);
        Assert.Equal("council-report-gjilan-2025-12-sq.pdf", sq.FileName);
        Assert.Equal("SafetyReportMonth", future.Errors!.For("Month").Single().Code);
    }

    private static async Task AttendAsync(ServiceProvider services, long meeting, Sex sex, AgeBand age, CommunityGroup community) =>
        Ok(await services.RunAsync<CouncilMeetings, CommandResult<long>>(m => m.AttendeeAsync(meeting, new("Member", sex, age, community))));
}
