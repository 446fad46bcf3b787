using FocalPoint.Application.Common;
using FocalPoint.Application.Import;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Community;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Community.Safety;

/// <summary>
/// Survey instruments of an audit and their anonymous answers, entered one respondent at a time on the form or imported
/// from a file. An answer outside the scale refuses the whole entry or file: nothing is stored, the report says where.
/// </summary>
public sealed class Surveys(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, IOptions<ImportOptions> importOptions)
{
    public async Task<CommandResult<long>> CreateAsync(long auditId, SurveyInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var stage = SafetyAccess.Admits(access) ? await db.SafetyAudits.Where(a => a.Id == auditId).Select(a => (AuditStage?)a.Stage).SingleOrDefaultAsync(cancellationToken) : null;
        if (stage is null)
        {
            return CommandResult<long>.Missing();
        }

        var errors = SafetyRules.Survey(input, out var questions);
        if (stage is not (AuditStage.Audit or AuditStage.Strategy))
        {
            errors.Add("Stage", SafetyMessages.WrongStage, stage);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var survey = new SafetySurvey
        {
            AuditId = auditId, Title = input.Title!.Trim(), ScaleMin = input.ScaleMin, ScaleMax = input.ScaleMax,
            Questions = [.. questions.Select((q, i) => new SurveyQuestion { Number = i + 1, Text = q })],
        };
        db.SafetySurveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        await SafetyAccess.ChangedAsync(audit, auditId, "survey " + survey.Id, cancellationToken);
        return CommandResult<long>.Ok(survey.Id);
    }

    /// <summary>One respondent from the form; returns how many respondents the survey has now.</summary>
    public async Task<CommandResult<int>> AnswerAsync(long surveyId, RespondentInput input, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(surveyId, cancellationToken) is not { } survey)
        {
            return CommandResult<int>.Missing();
        }

        var errors = new ValidationErrors();
        var ordered = survey.Questions.OrderBy(q => q.Number).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i < input.Answers.Count && input.Answers[i] is { } value && (value < survey.ScaleMin || value > survey.ScaleMax))
            {
                errors.Add($"Answers[{i}]", Messages.Between, survey.ScaleMin, survey.ScaleMax);
            }
        }

        return errors.IsEmpty ? await StoreAsync(survey, [input], "survey answers entered", cancellationToken) : CommandResult<int>.Invalid(errors);
    }

    /// <summary>A CSV or XLSX file of respondents; all rows are stored, or none.</summary>
    public async Task<CommandResult<int>> ImportAsync(long surveyId, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(surveyId, cancellationToken) is not { } survey)
        {
            return CommandResult<int>.Missing();
        }

        var (rows, errors) = SurveyFile.Read(content, fileName, survey, importOptions.Value);
        return errors.IsEmpty ? await StoreAsync(survey, rows, "survey answers imported", cancellationToken) : CommandResult<int>.Invalid(errors);
    }

    private async Task<SafetySurvey?> FindAsync(long surveyId, CancellationToken cancellationToken)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        return SafetyAccess.Admits(access)
            ? await db.SafetySurveys.AsNoTracking().Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken)
            : null;
    }

    private async Task<CommandResult<int>> StoreAsync(SafetySurvey survey, IReadOnlyList<RespondentInput> respondents, string what, CancellationToken cancellationToken)
    {
        var next = (await db.SurveyAnswers.Where(a => a.SurveyId == survey.Id).MaxAsync(a => (int?)a.Respondent, cancellationToken) ?? 0) + 1;
        var numbers = survey.Questions.OrderBy(q => q.Number).Select(q => q.Number).ToList();
        foreach (var respondent in respondents)
        {
            var person = next++;
            db.SurveyAnswers.AddRange(numbers.Zip(respondent.Answers)
                .Where(p => p.Second is not null)
                .Select(p => new SurveyAnswer
                {
                    SurveyId = survey.Id, Respondent = person, QuestionNumber = p.First, Value = p.Second!.Value,
                    Sex = respondent.Sex, AgeBand = respondent.AgeBand, Community = respondent.Community,
                }));
        }

        await db.SaveChangesAsync(cancellationToken);
        await SafetyAccess.ChangedAsync(audit, survey.AuditId, $"{what}: survey {survey.Id}, {respondents.Count} respondents", cancellationToken);
        return CommandResult<int>.Ok(next - 1);
    }
}
