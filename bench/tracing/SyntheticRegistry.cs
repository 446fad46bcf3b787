using FocalPoint.Data;
using FocalPoint.Data.Bulk;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Bench.Tracing;

/// <summary>
/// A registry of firearms, one per incident, some of them reported lost or stolen (TheftOrLoss incidents), loaded
/// through the bulk path. Serials look like real ones (two letters and six or seven digits) and are unique.
/// </summary>
internal static class SyntheticRegistry
{
    private const int Chunk = 50_000;

    public static async Task LoadAsync(FocalPointDbContext db, int firearms, IReadOnlyList<string> stolenSerials, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var random = new Random(12);
        var start = new DateTime(2015, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        for (var from = 0; from < firearms; from += Chunk)
        {
            var incidents = new List<Incident>();
            var guns = new List<Firearm>();
            for (var i = from; i < Math.Min(firearms, from + Chunk); i++)
            {
                var stolen = i < stolenSerials.Count;
                var when = start.AddMinutes(i * 5L);
                incidents.Add(new Incident
                {
                    Id = i + 1, Reference = $"SY-{i + 1:D8}", Kind = stolen ? IncidentKind.TheftOrLoss : IncidentKind.Seizure,
                    OccurredAtUtc = when, OccurredOn = DateOnly.FromDateTime(when), MunicipalityId = 1 + (i % 38), ReportingAgency = ReportingAgency.KosovoPolice,
                    LegalContext = LegalContext.CriminalOffence, Narrative = "", CreatedAtUtc = when, CreatedBy = "bench", Version = 1,
                });
                var serial = stolen ? stolenSerials[i] : Serial(random, i);
                guns.Add(new Firearm
                {
                    Id = i + 1, IncidentId = i + 1, FirearmTypeId = 1 + (i % 5), MakeId = 1 + (i % 20), SerialAsWritten = serial,
                    SerialNormalised = SerialNumber.Normalise(serial), MarkingStatus = MarkingStatus.Marked, CreatedAtUtc = when, CreatedBy = "bench", Version = 1,
                });
            }

            await BulkWriter.InsertAsync(db, incidents, ct);
            await BulkWriter.InsertAsync(db, guns, ct);
        }

        await BulkWriter.ResetIdentitiesAsync(db, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>A unique serial: two letters, then the number spread over seven digits.</summary>
    public static string Serial(Random random, int i) => $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}-{(i * 7919L + 1_000_003) % 9_999_991:D7}";
}
