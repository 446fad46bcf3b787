using FocalPoint.Application.Notifications;
using FocalPoint.Data;
using FocalPoint.Data.Identity;
using FocalPoint.Domain.Ballistics;
using FocalPoint.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Ballistics;

/// <summary>
/// Who hears of a lead. A proposed lead is the laboratory's business: the other examiners, one of whom reviews it.
/// A decision goes back to the proposer; a confirmed hit also to the teams of the cases holding either incident,
/// on the incident page where the hit shows. Registry readers never see unconfirmed leads, so their teams are not
/// told of one.
/// </summary>
public sealed class LeadNotices(FocalPointDbContext db, Notify notify)
{
    public async Task ProposedAsync(BallisticLead lead, string labNumber, CancellationToken ct)
    {
        var examiners = await db.Users.Where(u => u.UserName != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.ForensicExaminer)))
            .Select(u => u.UserName!).ToListAsync(ct);
        await notify.HandleAsync(examiners.Select(e => new NotificationDraft(e, NotificationKind.BallisticLeadProposed, NotificationTarget.Ballistics, lead.Id, labNumber)), ct);
    }

    public async Task DecidedAsync(BallisticLead lead, CancellationToken ct)
    {
        var exams = await db.BallisticExaminations.AsNoTracking().Where(e => e.Id == lead.ExaminationId || e.Id == lead.MatchedExaminationId)
            .Select(e => new { e.Id, e.LabNumber, e.IncidentId, e.Incident!.Reference }).ToListAsync(ct);
        var labNumber = exams.First(e => e.Id == lead.ExaminationId).LabNumber;
        var confirmed = lead.State == BallisticLeadState.Confirmed;
        List<NotificationDraft> drafts = [new(lead.ProposedBy, confirmed ? NotificationKind.BallisticLeadConfirmed : NotificationKind.BallisticLeadRefuted, NotificationTarget.Ballistics, lead.Id, labNumber)];
        if (confirmed)
        {
            var teams = await CaseTeams.OfIncidentsAsync(db, [.. exams.Select(e => e.IncidentId)], ct);
            drafts.AddRange(exams.SelectMany(e => teams[e.IncidentId].Select(u =>
                new NotificationDraft(u, NotificationKind.BallisticLeadConfirmed, NotificationTarget.Incident, e.IncidentId, e.Reference))));
        }

        await notify.HandleAsync(drafts, ct);
    }
}
