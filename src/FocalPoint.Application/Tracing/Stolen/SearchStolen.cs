using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Tracing;
using FocalPoint.Linkage.Serials;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tracing.Stolen;

/// <summary>
/// A register entry that met the serial. The theft report is named (reference, date) only when within the officer's
/// reach; otherwise the answer still says "reported lost or stolen" and whom to call, never what the report holds.
/// </summary>
public sealed record StolenAnswer(
    long StolenFirearmId, StolenMatch Match, string? SerialAsWritten, int FirearmTypeId, int? MakeId, string? Model, int? CalibreId,
    DateOnly ReportedOn, long? IncidentId, string? IncidentReference);

/// <summary>The roadside search: a serial in, the register entries it may be, best first (look-alikes and partial serials included).</summary>
public sealed class SearchStolen(FocalPointDbContext db, StolenRegister register, IAccessContext accessContext)
{
    public const int MaxAnswers = 25;

    public async Task<CommandResult<IReadOnlyList<StolenAnswer>>> HandleAsync(string? serial, CancellationToken ct = default)
    {
        var key = string.IsNullOrWhiteSpace(serial) ? "" : SerialIndex.Key(serial);
        if (key.Length < 3 || serial!.Length > Domain.Items.Firearm.MaxSerialLength)
        {
            var errors = new ValidationErrors();
            errors.Add("Serial", TracingMessages.SerialToSearch);
            return CommandResult<IReadOnlyList<StolenAnswer>>.Invalid(errors);
        }

        var access = await accessContext.GetAsync(ct);
        var candidates = (await register.FindAsync(db, serial, withPartial: true, ct))
            .OrderBy(c => c.Level).ThenByDescending(c => c.FirearmId).Take(MaxAnswers).ToList();
        var ids = candidates.Select(c => c.FirearmId).ToList();
        var visible = db.Incidents.VisibleTo(access, db);
        var rows = await db.Firearms.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new
            {
                f.Id, f.SerialAsWritten, f.SerialNormalised, f.FirearmTypeId, f.MakeId, f.Model, f.CalibreId, f.Incident!.OccurredOn, f.IncidentId, f.Incident.Reference,
                Visible = visible.Any(i => i.Id == f.IncidentId),
            })
            .ToDictionaryAsync(f => f.Id, ct);
        var plain = Domain.Items.SerialNumber.Normalise(serial);
        IReadOnlyList<StolenAnswer> answers = [.. candidates.Where(c => rows.ContainsKey(c.FirearmId)).Select(c =>
        {
            var f = rows[c.FirearmId];
            return new StolenAnswer(f.Id, StolenMatching.Kind(c.Level, plain, f.SerialNormalised), f.SerialAsWritten, f.FirearmTypeId, f.MakeId, f.Model, f.CalibreId,
                f.OccurredOn, f.Visible ? f.IncidentId : null, f.Visible ? f.Reference : null);
        })];
        return CommandResult<IReadOnlyList<StolenAnswer>>.Ok(answers);
    }
}
