using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Community;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Community.Safety;

/// <summary>An audit with all its parts, and the list of audits. Survey results are means per question, disaggregated.</summary>
public sealed class GetAudit(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    public async Task<IReadOnlyList<AuditRow>> ListAsync(int? municipalityId = null, CancellationToken cancellationToken = default)
    {
        if (!SafetyAccess.Admits(await accessContext.GetAsync(cancellationToken)))
        {
            return [];
        }

        var today = DateOnly.FromDateTime(KosovoTime.ToLocal(time.GetUtcNow().UtcDateTime));
        return await db.SafetyAudits.AsNoTracking()
            .Where(a => municipalityId == null || a.MunicipalityId == municipalityId)
            .OrderBy(a => a.Stage == AuditStage.Completed).ThenByDescending(a => a.CreatedAtUtc)
            .Select(a => new AuditRow(
                a.Id, a.MunicipalityId, a.Title, a.Stage, a.CreatedAtUtc,
                db.ActionItems.Count(i => i.AuditId == a.Id),
                db.ActionItems.Count(i => i.AuditId == a.Id && i.Deadline < today && !i.Progress.Any(p => p.PercentDone == 100))))
            .ToListAsync(cancellationToken);
    }

    public async Task<AuditDetails?> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var audit = SafetyAccess.Admits(access)
            ? await db.SafetyAudits.AsNoTracking().Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            : null;
        if (audit is null)
        {
            return null;
        }

        var surveys = await db.SafetySurveys.AsNoTracking().Include(s => s.Questions).Where(s => s.AuditId == id).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var surveyIds = surveys.Select(s => s.Id).ToList();
        var answers = await db.SurveyAnswers.AsNoTracking().Where(a => surveyIds.Contains(a.SurveyId)).ToListAsync(cancellationToken);
        var walks = await db.SafetyWalks.AsNoTracking().Include(w => w.Observations).Where(w => w.AuditId == id).OrderBy(w => w.WalkedOn).ToListAsync(cancellationToken);
        var priorities = await db.AuditPriorities.AsNoTracking().Where(p => p.AuditId == id).OrderBy(p => p.Rank)
            .Select(p => new PriorityRow(p.Id, p.Rank, p.Problem, p.Rationale)).ToListAsync(cancellationToken);
        var items = await db.ActionItems.AsNoTracking().Include(i => i.Progress).Where(i => i.AuditId == id).OrderBy(i => i.Deadline).ThenBy(i => i.Id).ToListAsync(cancellationToken);

        return new AuditDetails(
            audit.Id, audit.MunicipalityId, audit.Title, audit.Partners, audit.Scope, audit.Area, audit.DataSources, audit.Stage,
            [.. audit.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id).Select(h => new StageEntry(h.To, h.AtUtc, h.By))],
            [.. surveys.Select(s => Results(s, answers.Where(a => a.SurveyId == s.Id).ToList()))],
            [.. walks.Select(w => new WalkDetails(w.Id, w.WalkedOn, w.Route, w.Participants, [.. w.Observations.OrderBy(o => o.Id).Select(o => new ObservationRow(o.Latitude, o.Longitude, o.Note, o.Hotspot))]))],
            priorities,
            [.. items.Select(i => new ItemDetails(
                i.Id, i.PriorityId, i.Title, i.Owner, i.Budget, i.Deadline, i.Indicator, i.RegistryKind, i.Baseline, i.Target,
                [.. i.Progress.OrderBy(p => p.On).ThenBy(p => p.Id).Select(p => new ProgressRow(p.On, p.PercentDone, p.Value, p.Note, p.By))]))]);
    }

    internal static SurveyDetails Results(SafetySurvey survey, IReadOnlyList<SurveyAnswer> answers) => new(
        survey.Id, survey.Title, survey.ScaleMin, survey.ScaleMax, answers.Select(a => a.Respondent).Distinct().Count(),
        [.. survey.Questions.OrderBy(q => q.Number).Select(q =>
        {
            var mine = answers.Where(a => a.QuestionNumber == q.Number).ToList();
            IEnumerable<GroupMean> By(string dimension, Func<SurveyAnswer, string> key) =>
                mine.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new GroupMean(dimension, g.Key, g.Count(), Mean(g)));
            return new QuestionResult(q.Number, q.Text, mine.Count, mine.Count == 0 ? null : Mean(mine),
                [.. By("sex", a => a.Sex.ToString()), .. By("age", a => a.AgeBand.ToString()), .. By("community", a => a.Community.ToString())]);
        })]);

    private static decimal Mean(IEnumerable<SurveyAnswer> answers) => Math.Round((decimal)answers.Average(a => a.Value), 2);
}
