using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Ballistics;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Ballistics;

public sealed record ExaminationRow(long Id, string LabNumber, ExhibitKind Kind, string IncidentReference, string? Serial, string? Calibre,
    string? ClassCharacteristics, string Examiner, DateOnly ExaminedOn, string? Result);

public sealed record LeadRow(long Id, BallisticLeadState State, string LabNumber, ExhibitKind Kind, string MatchedLabNumber, ExhibitKind MatchedKind,
    string? Calibre, DateTime ProposedAtUtc, string ProposedBy, string? DecidedBy, DateOnly? DecidedOn, string? Note);

public sealed record LaboratoryView(IReadOnlyList<LeadRow> Leads, IReadOnlyList<ExaminationRow> Examinations);

/// <summary>
/// The ballistic department's own page: open leads first, then decided ones, and the latest examinations. It shows
/// what the laboratory wrote (the reference and serial of its exhibits), nothing else of the registry.
/// </summary>
public sealed class ListExaminations(FocalPointDbContext db, IAccessContext accessContext)
{
    public const int MaxRows = 100;

    public async Task<LaboratoryView?> HandleAsync(string? labNumber = null, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        if (!access.Holds(Capabilities.Ballistics))
        {
            return null;
        }

        var lab = string.IsNullOrWhiteSpace(labNumber) ? null : labNumber.Trim();
        var exams = db.BallisticExaminations.AsNoTracking();
        var leads = db.BallisticLeads.AsNoTracking();
        if (lab is not null)
        {
            exams = exams.Where(e => e.LabNumber.StartsWith(lab));
            leads = leads.Where(l => l.Examination!.LabNumber.StartsWith(lab) || l.MatchedExamination!.LabNumber.StartsWith(lab));
        }

        var leadRows = await leads
            .OrderBy(l => l.State == BallisticLeadState.Lead ? 0 : 1).ThenByDescending(l => l.ProposedAtUtc).ThenByDescending(l => l.Id).Take(MaxRows)
            .Select(l => new LeadRow(l.Id, l.State, l.Examination!.LabNumber, l.Examination.Kind, l.MatchedExamination!.LabNumber, l.MatchedExamination.Kind,
                db.Calibres.Where(c => c.Id == (l.Examination.CalibreId ?? l.MatchedExamination.CalibreId)).Select(c => c.Name).FirstOrDefault(),
                l.ProposedAtUtc, l.ProposedBy, l.DecidedBy, l.DecidedOn, l.Note))
            .ToListAsync(ct);
        var examRows = await exams.OrderByDescending(e => e.ExaminedOn).ThenByDescending(e => e.Id).Take(MaxRows)
            .Select(e => new ExaminationRow(e.Id, e.LabNumber, e.Kind, e.Incident!.Reference, e.Firearm == null ? null : e.Firearm.SerialAsWritten,
                db.Calibres.Where(c => c.Id == e.CalibreId).Select(c => c.Name).FirstOrDefault(), e.ClassCharacteristics, e.Examiner, e.ExaminedOn, e.Result))
            .ToListAsync(ct);
        return new LaboratoryView(leadRows, examRows);
    }
}
