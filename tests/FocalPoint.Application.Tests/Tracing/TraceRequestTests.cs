using FocalPoint.Application.Common;
using FocalPoint.Application.Reports.Iafq;
using FocalPoint.Application.Tracing.Traces;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Tracing;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Tracing;

public sealed class TraceRequestTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_FirearmWithoutSerial_RefusedWithTheFieldToCompleteAndNothingWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TracingWorld.Services(database, TracingWorld.Investigator());
        var firearmId = await TracingWorld.RecordAsync(services, Obliterated(IncidentInputs.Seizure()));

        var preparation = await services.RunAsync<PrepareTrace, TracePreparation?>(p => p.HandleAsync(firearmId));
        var refused = await services.RunAsync<CreateTrace, CommandResult<long>>(c => c.HandleAsync(new TraceInput(firearmId, TraceChannel.Bilateral, "RS", Send: true)));
        var tooFewMarks = await services.RunAsync<CreateTrace, CommandResult<long>>(c => c.HandleAsync(new TraceInput(firearmId, TraceChannel.Bilateral, "RS", true, "M7", Send: true)));

        Assert.Contains(IdentificationField.Serial, preparation!.Identification.Missing);
        Assert.Contains(IdentificationField.ImportMarking, preparation.Identification.Missing);
        Assert.Contains("obliterated serial", refused.Errors!.ToDictionary()["Serial"][0], StringComparison.Ordinal);
        Assert.True(tooFewMarks.Errors!.ToDictionary().ContainsKey("RemainingMarks"));
        await using var db = await services.ContextAsync();
        Assert.Equal(0, await db.TraceRequests.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_ObliteratedSerialWithMarks_SentWithTheMarksAndADueDate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TracingWorld.Services(database, TracingWorld.Investigator());
        var firearmId = await TracingWorld.RecordAsync(services, Obliterated(IncidentInputs.Seizure()));

        var sent = await services.RunAsync<CreateTrace, CommandResult<long>>(c => c.HandleAsync(new TraceInput(firearmId, TraceChannel.Bilateral, "RS", true, "ZASTAVA M70 proof mark 1987", Send: true)));

        var trace = await services.RunAsync<GetTrace, TraceDetails?>(g => g.HandleAsync(sent.Value));
        Assert.Equal(TraceStatus.Sent, trace!.Status);
        Assert.True(trace.ObliteratedSerial);
        Assert.Equal("ZASTAVA M70 proof mark 1987", trace.RemainingMarks);
        Assert.Equal(new DateOnly(2024, 6, 1), trace.SentOn);
        Assert.Equal(new DateOnly(2024, 7, 1), trace.DueOn);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Send_InterpolByInvestigator_RefusedUntilTheLiaisonOfficerSendsIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var investigator = TracingWorld.Services(database, TracingWorld.Investigator());
        await using var liaison = TracingWorld.Services(database, TracingWorld.Liaison());
        var firearmId = await TracingWorld.RecordAsync(investigator, Green(IncidentInputs.Seizure()));

        var refused = await investigator.RunAsync<CreateTrace, CommandResult<long>>(c => c.HandleAsync(new TraceInput(firearmId, TraceChannel.InterpolIarms, null, Send: true)));
        var draft = await investigator.RunAsync<CreateTrace, CommandResult<long>>(c => c.HandleAsync(new TraceInput(firearmId, TraceChannel.InterpolIarms, null)));
        var sent = await liaison.RunAsync<MoveTrace, CommandResult<TraceStatus>>(m => m.HandleAsync(draft.Value, TraceMove.Send));

        Assert.True(refused.Errors!.ToDictionary().ContainsKey("Channel"));
        Assert.Equal(TraceStatus.Sent, sent.Value);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordAnswer_DiversionEstablished_RaisesSdg16_4_2AndGivesTimeToCrime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TracingWorld.Services(database, TracingWorld.Investigator());
        var firearmId = await TracingWorld.RecordAsync(services, IncidentInputs.Seizure());
        var traceId = (await services.RunAsync<CreateTrace, CommandResult<long>>(c => c.HandleAsync(new TraceInput(firearmId, TraceChannel.Bilateral, "RS", Send: true)))).Value;
        var before = await services.RunAsync<BuildIafqReport, IafqReport>(b => b.HandleAsync(2024));

        var answer = new TraceAnswerInput(new DateOnly(2024, 6, 1), true, "RS", "Sold by a licensed dealer in Niš, later reported lost", "Dealer 'Lovac' d.o.o.", new DateOnly(2022, 9, 1));
        var recorded = await services.RunAsync<RecordTraceAnswer, CommandResult<long>>(r => r.HandleAsync(traceId, answer));

        var after = await services.RunAsync<BuildIafqReport, IafqReport>(b => b.HandleAsync(2024));
        var trace = await services.RunAsync<GetTrace, TraceDetails?>(g => g.HandleAsync(traceId));
        Assert.True(recorded.Succeeded);
        Assert.Equal(new Sdg1642(0, 1), before.Indicator);
        Assert.Equal(new Sdg1642(1, 1), after.Indicator);
        Assert.Equal(TraceStatus.Answered, trace!.Status);
        var ttc = trace.Answers.Single().TimeToCrime!;
        Assert.Equal(624, ttc.Days); // 1 Sep 2022 to 17 May 2024
        Assert.True(ttc.TraffickingIndicator);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordAnswer_ClosedOrUnknownRequest_RefusedAndNothingChanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TracingWorld.Services(database, TracingWorld.Investigator());
        var firearmId = await TracingWorld.RecordAsync(services, IncidentInputs.Seizure());
        var traceId = (await services.RunAsync<CreateTrace, CommandResult<long>>(c => c.HandleAsync(new TraceInput(firearmId, TraceChannel.Bilateral, "RS")))).Value;
        await services.RunAsync<MoveTrace, CommandResult<TraceStatus>>(m => m.HandleAsync(traceId, TraceMove.Close, "Withdrawn"));
        var answer = new TraceAnswerInput(new DateOnly(2024, 6, 1), true, "RS");

        var closed = await services.RunAsync<RecordTraceAnswer, CommandResult<long>>(r => r.HandleAsync(traceId, answer));
        var unknown = await services.RunAsync<RecordTraceAnswer, CommandResult<long>>(r => r.HandleAsync(traceId + 999, answer));

        Assert.Contains("no longer be recorded", closed.Errors!.ToDictionary()["Status"][0], StringComparison.Ordinal);
        Assert.True(unknown.NotFound);
        await using var db = await services.ContextAsync();
        Assert.Equal(0, await db.TraceResults.CountAsync());
        Assert.Equal(TraceStatus.Closed, (await db.TraceRequests.SingleAsync()).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListTraces_SentPastDueDate_OverdueForItsDestinationOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(TracingWorld.June2024);
        await using var services = TracingWorld.Services(database, TracingWorld.Investigator(), clock);
        var firearmId = await TracingWorld.RecordAsync(services, IncidentInputs.Seizure());
        await services.RunAsync<CreateTrace, CommandResult<long>>(c => c.HandleAsync(new TraceInput(firearmId, TraceChannel.NationalRegistry, "XK", Send: true)));
        await services.RunAsync<CreateTrace, CommandResult<long>>(c => c.HandleAsync(new TraceInput(firearmId, TraceChannel.Bilateral, "RS", Send: true)));
        clock.Advance(TimeSpan.FromDays(20)); // past the registry's 14 days, within the bilateral 30

        var list = await services.RunAsync<ListTraces, TraceList>(l => l.HandleAsync(new TraceFilter(OverdueOnly: true)));

        var row = Assert.Single(list.Rows.Items);
        Assert.Equal(TraceChannel.NationalRegistry, row.Channel);
        Assert.Equal(1, list.Destinations.Single(d => d.Channel == TraceChannel.NationalRegistry).Overdue);
        Assert.Equal(0, list.Destinations.Single(d => d.Channel == TraceChannel.Bilateral).Overdue);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RegisterIncoming_PartnerRequest_AnsweredFromTheRegistryAndLeftOutOfSdg(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TracingWorld.Services(database, TracingWorld.Liaison());
        await TracingWorld.RecordAsync(services, Green(IncidentInputs.Seizure("B-12 345")));
        var input = new IncomingTraceInput
        {
            PartnerCountry = "AL", PartnerReference = "TIR-2024/118", RecoveredOn = new DateOnly(2024, 5, 20), RecoveredAt = "Durrës port",
            FirearmTypeId = 1, MakeId = 1, Model = "M70", Calibre = "7.62x39", SerialAsWritten = "B12345",
        };

        var registered = await services.RunAsync<RegisterIncomingTrace, CommandResult<long>>(r => r.HandleAsync(input));
        var trace = await services.RunAsync<GetTrace, TraceDetails?>(g => g.HandleAsync(registered.Value));
        var answered = await services.RunAsync<RecordTraceAnswer, CommandResult<long>>(r => r.HandleAsync(registered.Value,
            new TraceAnswerInput(new DateOnly(2024, 6, 1), true, "XK", "Seized in Kosovo on 17 May 2024 and kept as evidence")));
        var report = await services.RunAsync<BuildIafqReport, IafqReport>(b => b.HandleAsync(2024));

        Assert.Equal(TraceDirection.Incoming, trace!.Direction);
        Assert.Single(trace.RegistryMatches);
        Assert.True(answered.Succeeded);
        Assert.Equal(new Sdg1642(0, 1), report.Indicator);
    }

    private static Application.Registry.Incidents.IncidentInput Obliterated(Application.Registry.Incidents.IncidentInput input)
    {
        input.Firearms[0].SerialAsWritten = null;
        input.Firearms[0].MarkingStatus = MarkingStatus.Obliterated;
        return input;
    }

    private static Application.Registry.Incidents.IncidentInput Green(Application.Registry.Incidents.IncidentInput input)
    {
        input.HandlingCode = Domain.Incidents.HandlingCode.H0;
        return input;
    }
}
