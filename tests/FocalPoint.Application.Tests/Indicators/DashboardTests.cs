using FocalPoint.Application.Common;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Dashboard;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Indicators;

/// <summary>The dashboard's charts over the hand-counted <see cref="IndicatorFixture"/>, and their CSV export.</summary>
public sealed class DashboardTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Build_Year_ChartsCountIncidentsNowAndAYearEarlier(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await IndicatorFixture.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst("p1"));

        var result = await services.RunAsync<BuildDashboard, CommandResult<DashboardData>>(b => b.HandleAsync(IndicatorScope.Year(2023)));

        var data = result.Value!;
        var months = data.Chart(DashboardCharts.Months).Points;
        Assert.Equal(12, months.Count);
        Assert.Equal(new ChartPoint("2023-03", 2, 0), months[2]);
        Assert.Equal(new ChartPoint("2023-06", 0, 1), months[5]);
        var prishtine = data.Chart(DashboardCharts.Municipalities).Points.Single(p => p.Key == "1");
        Assert.Equal(new ChartPoint("1", 2, 1, Math.Round(2 * 10_000m / 227_000, 2)), prishtine);
        Assert.Equal("1", data.Chart(DashboardCharts.Types).Points[0].Key);
        Assert.Equal(1m, data.YearEarlier[IndicatorIds.Incidents].Value);
    }

    [Fact]
    public void Narrow_AMonth_KeepsTheOtherFiltersAndOpensThatMonth()
    {
        var scope = IndicatorScope.Year(2023) with { DirectorateId = 2, FirearmTypeId = 1 };

        var month = DashboardCharts.Narrow(scope, DashboardCharts.Months, "2023-02");

        Assert.Equal(new IndicatorScope(new(2023, 2, 1), new(2023, 2, 28), 2, null, null, 1), month);
        Assert.Equal("/incidents?from=2023-02-01&to=2023-02-28&directorateId=2&firearmTypeId=1", month.IncidentListUrl());
    }

    [Fact]
    public async Task Export_Csv_SafeCellsAndAuditedOnce_UnknownChartIsNotFound()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await IndicatorFixture.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst("p1"));
        using var output = new MemoryStream();

        var written = await services.RunAsync<ExportDashboardChart, CommandResult<bool>>(e => e.WriteCsvAsync(DashboardCharts.Kinds, IndicatorScope.Year(2023), output));
        var unknown = await services.RunAsync<ExportDashboardChart, CommandResult<bool>>(e => e.WriteCsvAsync("persons", IndicatorScope.Year(2023), Stream.Null));

        Assert.True(written.Succeeded);
        Assert.True(unknown.NotFound);
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Key,Label,Incidents,YearEarlier", lines[0]);
        Assert.Contains("Seizure,Seizure,1,1", lines);
        Assert.Equal(5, lines.Skip(1).Sum(l => int.Parse(l.Split(',')[2])));
        var entry = Assert.Single(services.GetRequiredService<RecordingAuditLog>().Events);
        Assert.Equal((AuditAction.Export, ExportDashboardChart.RecordKind), (entry.Action, entry.RecordKind));
    }
}
