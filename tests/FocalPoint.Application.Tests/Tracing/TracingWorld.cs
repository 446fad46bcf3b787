using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Tracing;

/// <summary>Users, a clock in June 2024 and recorded firearms for the tracing and lost-and-stolen tests.</summary>
internal static class TracingWorld
{
    public static readonly DateTimeOffset June2024 = new(2024, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static UserAccess Investigator(string name = "investigator") => User(name, "Investigator");

    public static UserAccess Liaison(string name = "liaison") => User(name, "LiaisonOfficer");

    public static UserAccess User(string name, string role) => new(name, new HashSet<string> { role }, ReportingAgency.KosovoPolice, new HashSet<long>());

    public static ServiceProvider Services(TestDatabase database, UserAccess access, TimeProvider? time = null) =>
        TestServices.For(database, access: access, time: time ?? new ManualClock(June2024));

    /// <summary>Records an incident through the use case (as the form does) and returns its first firearm's id.</summary>
    public static async Task<long> RecordAsync(ServiceProvider services, IncidentInput input)
    {
        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors?.ToDictionary().SelectMany(e => e.Value.Select(v => e.Key + ": " + v)) ?? []));
        await using var db = await services.ContextAsync();
        return await db.Firearms.Where(f => f.IncidentId == result.Value).Select(f => f.Id).FirstAsync();
    }

    public static IncidentInput Theft(string serial, DateTime when)
    {
        var input = IncidentInputs.Seizure(serial);
        input.Kind = IncidentKind.TheftOrLoss;
        input.OccurredAtLocal = when;
        input.Narrative = "Pistol stolen from the licence holder's home during a burglary.";
        input.Ammunition = [];
        return input;
    }
}
