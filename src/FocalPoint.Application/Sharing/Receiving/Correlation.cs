using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Data;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Sharing;
using FocalPoint.Linkage.Serials;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Receiving;

/// <summary>
/// Joins received firearms and persons to ours on typed identifiers only: serials through the linkage engine's serial
/// key and comparator, personal numbers through their keyed hash (ADR 0007). Free text (names, narratives) is never
/// correlated; a low-entropy identifier ("000", "1111") is skipped; one that meets more records than the fan-out cap is
/// marked "common" and joined to none, so a partner's placeholder value cannot tie hundreds of records together.
/// </summary>
public sealed class Correlation(FocalPointDbContext db)
{
    public const string Same = "same";
    public const string Doubt = "doubt";
    public const string Common = "common";
    public const string LowEntropy = "low-entropy";

    public async Task RunAsync(IReadOnlyList<(SharedRecord Shared, ReceivedRecord Row)> records, int fanOutCap, CancellationToken cancellationToken)
    {
        var firearms = records.Where(r => r.Shared.Type == "firearm" && r.Shared.Fields.ContainsKey("serial")).ToList();
        if (firearms.Count > 0)
        {
            var ours = await db.Firearms.AsNoTracking().Where(f => f.SerialAsWritten != null).Select(f => new { f.Id, f.SerialAsWritten }).ToListAsync(cancellationToken);
            var index = SerialIndex.Build(ours.Select(f => f.SerialAsWritten));
            foreach (var (shared, row) in firearms)
            {
                row.Identifier = SerialIndex.Key(shared.Fields["serial"]);
                var hits = LowInformation(row.Identifier) ? [] : index.Find(shared.Fields["serial"], withPartial: false);
                (row.Match, row.FirearmId) = Decide(row.Identifier, hits.Select(h => (ours[h.Item].Id, h.Level == SerialLevel.Same)).ToList(), fanOutCap);
            }
        }

        var persons = records.Where(r => r.Shared.Type == "person" && r.Shared.Fields.ContainsKey("personalNumber")).ToList();
        if (persons.Count > 0)
        {
            var fieldIndex = await FieldProtection.Of(db).GetIndexAsync(db, cancellationToken);
            foreach (var (shared, row) in persons)
            {
                var number = shared.Fields["personalNumber"];
                var hash = fieldIndex.PersonalNumber(number);
                var ids = LowInformation(number) ? [] : await db.Persons.Where(p => p.PersonalNumberIndex == hash).Select(p => p.Id).Take(fanOutCap + 1).ToListAsync(cancellationToken);
                (row.Match, row.PersonId) = Decide(number, ids.Select(id => (id, true)).ToList(), fanOutCap);

                // The number itself is not kept as an identifier in clear: the hash is what we compare.
                row.Identifier = hash?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private static (string? Match, long? Id) Decide(string identifier, List<(long Id, bool Same)> hits, int cap)
    {
        if (LowInformation(identifier))
        {
            return (LowEntropy, null);
        }

        if (hits.Count > cap)
        {
            return (Common, null);
        }

        var same = hits.Where(h => h.Same).ToList();
        return same.Count > 0 ? (Same, same[0].Id) : hits.Count > 0 ? (Doubt, hits[0].Id) : (null, null);
    }

    /// <summary>Too short, or too few distinct characters, to tell one record from another.</summary>
    public static bool LowInformation(string identifier)
    {
        var letters = identifier.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToList();
        return letters.Count < 4 || letters.Distinct().Count() < 3;
    }
}
