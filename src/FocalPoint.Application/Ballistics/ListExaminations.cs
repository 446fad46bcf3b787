using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Ballistics;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Ballistics;

public sealed record ExaminationRow(long Id, string LabNumber, ExhibitKind Kind, string IncidentReference, string? Serial, string? Calibre,
    string? ClassCharacteristics, string Examiner, DateOnly ExaminedOn, string? Result);

public sealed record LeadRow(long Id, BallisticLeadState State, string LabNumber, ExhibitKind Kind, string MatchedLabNumber, ExhibitKind MatchedKind,
    string? Calibre, DateTime ProposedAtUtc, string ProposedBy, string? DecidedBy, DateOnly? DecidedOn, string? Note);

public sealed record LaboratoryView(IReadOnlyList<LeadRow> Leads, PagedResult<ExaminationRow> Examinations);

/// <summary>
/// The ballistic department's own page: open leads first, then decided ones, and the examinations a page at a time in
/// the order asked. It shows what the laboratory wrote (the reference and serial of its exhibits), nothing else of
/// the registry.
/// </summary>
public sealed class ListExaminations(FocalPointDbContext db, IAccessContext accessContext)
{
    public const int MaxLeads = 100;

    public async Task<LaboratoryView?> HandleAsync(ExaminationQuery? query = null, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        if (!access.Holds(Capabilities.Ballistics))
        {
            return null;
        }

        query ??= new ExaminationQuery();
        var lab = string.IsNullOrWhiteSpace(query.LabNumber) ? null : query.LabNumber.Trim();
        var exams = db.BallisticExaminations.AsNoTracking();
        var leads = db.BallisticLeads.AsNoTracking();
        if (lab is not null)
        {
            exams = exams.Where(e => e.LabNumber.StartsWith(lab));
            leads = leads.Where(l => l.Examination!.LabNumber.StartsWith(lab) || l.MatchedExamination!.LabNumber.StartsWith(lab));
        }

        var leadRows = await leads
            .OrderBy(l => l.State == BallisticLeadState.Lead ? 0 : 1).ThenByDescending(l => l.ProposedAtUtc).ThenByDescending(l => l.Id).Take(MaxLeads)
            .Select(l => new LeadRow(l.Id, l.State, l.Examination!.LabNumber, l.Examination.Kind, l.MatchedExamination!.LabNumber, l.MatchedExamination.Kind,
                db.Calibres.Where(c => c.Id == (l.Examination.CalibreId ?? l.MatchedExamination.CalibreId)).Select(c => c.Name).FirstOrDefault(),
                l.ProposedAtUtc, l.ProposedBy, l.DecidedBy, l.DecidedOn, l.Note))
            .ToListAsync(ct);
        return new LaboratoryView(leadRows, await PageAsync(exams, query, ct));
    }

    private async Task<PagedResult<ExaminationRow>> PageAsync(IQueryable<BallisticExamination> exams, ExaminationQuery query, CancellationToken ct)
    {
        var size = Math.Clamp(query.PageSize, 1, ExaminationQuery.MaxPageSize);
        var total = await exams.CountAsync(ct);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + size - 1) / size));
        var rows = await Ordered(exams, query.Sort).Skip((page - 1) * size).Take(size)
            .Select(e => new ExaminationRow(e.Id, e.LabNumber, e.Kind, e.Incident!.Reference, e.Firearm == null ? null : e.Firearm.SerialAsWritten,
                db.Calibres.Where(c => c.Id == e.CalibreId).Select(c => c.Name).FirstOrDefault(), e.ClassCharacteristics, e.Examiner, e.ExaminedOn, e.Result))
            .ToListAsync(ct);
        return new PagedResult<ExaminationRow>(rows, page, size, total, TotalIsCapped: false);
    }

    // Every order ends on the id, so a page boundary never shows a row twice or skips one.
    private static IQueryable<BallisticExamination> Ordered(IQueryable<BallisticExamination> exams, ExaminationSort sort) => sort switch
    {
        ExaminationSort.Oldest => exams.OrderBy(e => e.ExaminedOn).ThenBy(e => e.Id),
        ExaminationSort.LabNumberAscending => exams.OrderBy(e => e.LabNumber).ThenBy(e => e.Id),
        ExaminationSort.LabNumberDescending => exams.OrderByDescending(e => e.LabNumber).ThenByDescending(e => e.Id),
        ExaminationSort.KindThenNewest => exams.OrderBy(e => e.Kind).ThenByDescending(e => e.ExaminedOn).ThenByDescending(e => e.Id),
        ExaminationSort.ExaminerThenNewest => exams.OrderBy(e => e.Examiner).ThenByDescending(e => e.ExaminedOn).ThenByDescending(e => e.Id),
        _ => exams.OrderByDescending(e => e.ExaminedOn).ThenByDescending(e => e.Id),
    };
}
