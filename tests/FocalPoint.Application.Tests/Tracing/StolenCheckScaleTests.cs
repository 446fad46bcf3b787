using FocalPoint.Application.Tracing.Stolen;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Tracing;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Tracing;

/// <summary>The check that runs after an import commits, at the size of a real national file.</summary>
public sealed class StolenCheckScaleTests
{
    /// <summary>More firearms than SQLite takes as parameters of one query (32,766): the 1M-row import bench crashed here.</summary>
    private const int Seized = 33_000;

    [Fact]
    public async Task CheckIncidents_HitsOnMoreFirearmsThanOneQueryTakes_AllStoredOnce()
    {
        // SQLite only: PostgreSQL takes 65,535 parameters, and this many rows there would test the server's speed, not our limit.
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var when = new DateTime(2024, 2, 11, 9, 0, 0, DateTimeKind.Utc);
        await using (var db = database.CreateContext())
        {
            db.Incidents.Add(Incident("FP-2021-900001", IncidentKind.TheftOrLoss, when.AddYears(-3), 1));
            for (var i = 0; i < Seized / 1_000; i++)
            {
                db.Incidents.Add(Incident($"FP-2024-9{i:D5}", IncidentKind.Seizure, when, 1_000));
            }

            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var check = new CheckStolen(db, new StolenRegister(TimeProvider.System), TimeProvider.System, FocalPoint.Application.Notifications.Notify.AsSystem(db, TimeProvider.System));
            var seizures = db.Incidents.Where(i => i.Kind == IncidentKind.Seizure).Select(i => i.Id);

            var first = await check.CheckIncidentsAsync(seizures);
            var again = await check.CheckIncidentsAsync(seizures);

            Assert.Equal(Seized, first);
            Assert.Equal(0, again);
            Assert.Equal(Seized, await db.StolenHits.CountAsync(h => h.State == StolenHitState.Open));
        }
    }

    private static Incident Incident(string reference, IncidentKind kind, DateTime when, int firearms) => new()
    {
        Reference = reference, Kind = kind, OccurredAtUtc = when, OccurredOn = DateOnly.FromDateTime(when),
        MunicipalityId = 1, DirectorateId = 1, ReportingAgency = ReportingAgency.KosovoPolice, LegalContext = LegalContext.CriminalOffence,
        Narrative = kind == IncidentKind.TheftOrLoss ? "Pistols stolen from a licensed dealer." : "Pistols found in a warehouse.",
        Tlp = Tlp.Green, HandlingCode = HandlingCode.H0,
        Firearms = [.. Enumerable.Range(0, firearms).Select(_ => new Firearm
        {
            FirearmTypeId = 1, MakeId = 1, Model = "CZ 99", SerialAsWritten = "ZK-5010777", SerialNormalised = SerialNumber.Normalise("ZK-5010777"), MarkingStatus = MarkingStatus.Marked,
        })],
    };
}
