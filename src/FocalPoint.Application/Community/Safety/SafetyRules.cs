using FocalPoint.Application.Common;
using FocalPoint.Domain.Community;

namespace FocalPoint.Application.Community.Safety;

/// <summary>The checks of the community-safety forms; each adds translated messages under the field's name.</summary>
internal static class SafetyRules
{
    public const int MaxScaleSteps = 11;
    public const int MaxQuestions = 40;

    public static ValidationErrors SetUp(AuditSetUpInput input, IReadOnlySet<int> municipalities)
    {
        var errors = new ValidationErrors();
        Municipality(errors, input.MunicipalityId, municipalities);
        TextRules.Check(errors, nameof(input.Title), input.Title, SafetyAudit.MaxTitleLength, required: true);
        TextRules.Check(errors, nameof(input.Partners), input.Partners, SafetyAudit.MaxTextLength, required: true, multiline: true);
        TextRules.Check(errors, nameof(input.Scope), input.Scope, SafetyAudit.MaxTextLength, required: true, multiline: true);
        TextRules.Check(errors, nameof(input.Area), input.Area, SafetyAudit.MaxTextLength, multiline: true);
        TextRules.Check(errors, nameof(input.DataSources), input.DataSources, SafetyAudit.MaxTextLength, multiline: true);
        return errors;
    }

    public static void Municipality(ValidationErrors errors, int? id, IReadOnlySet<int> municipalities)
    {
        if (id is not { } municipality)
        {
            errors.Add("MunicipalityId", Messages.Required);
        }
        else if (!municipalities.Contains(municipality))
        {
            errors.Add("MunicipalityId", Messages.UnknownMunicipality, municipality, "1-38");
        }
    }

    public static ValidationErrors Survey(SurveyInput input, out IReadOnlyList<string> questions)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Title), input.Title, SafetyAudit.MaxTitleLength, required: true);
        if (input.ScaleMin >= input.ScaleMax || input.ScaleMax - input.ScaleMin >= MaxScaleSteps)
        {
            errors.Add(nameof(input.ScaleMax), SafetyMessages.Scale, MaxScaleSteps);
        }

        questions = (input.Questions ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (questions.Count is 0 or > MaxQuestions)
        {
            errors.Add(nameof(input.Questions), SafetyMessages.Questions, MaxQuestions);
        }

        foreach (var question in questions)
        {
            TextRules.Check(errors, nameof(input.Questions), question, 500);
        }

        return errors;
    }

    public static ValidationErrors Walk(WalkInput input, DateOnly today)
    {
        var errors = new ValidationErrors();
        Date(errors, nameof(input.WalkedOn), input.WalkedOn, today);
        TextRules.Check(errors, nameof(input.Route), input.Route, SafetyAudit.MaxTitleLength, required: true);
        TextRules.Check(errors, nameof(input.Participants), input.Participants, SafetyAudit.MaxTextLength, required: true, multiline: true);
        for (var i = 0; i < input.Observations.Count; i++)
        {
            var o = input.Observations[i];
            if (o.Latitude is not (>= 41.8 and <= 43.3) || o.Longitude is not (>= 20.0 and <= 21.8))
            {
                errors.Add($"Observations[{i}].Latitude", SafetyMessages.Latitude);
            }

            TextRules.Check(errors, $"Observations[{i}].Note", o.Note, SafetyAudit.MaxTextLength, required: true, multiline: true);
        }

        return errors;
    }

    public static ValidationErrors Item(ActionItemInput input, IReadOnlySet<long> priorities)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Title), input.Title, SafetyAudit.MaxTitleLength, required: true);
        TextRules.Check(errors, nameof(input.Owner), input.Owner, SafetyAudit.MaxTitleLength, required: true);
        TextRules.Check(errors, nameof(input.Indicator), input.Indicator, SafetyAudit.MaxTitleLength, required: true);
        Required(errors, nameof(input.Deadline), input.Deadline);
        Required(errors, nameof(input.Baseline), input.Baseline);
        Required(errors, nameof(input.Target), input.Target);
        if (input.Budget is < 0)
        {
            errors.Add(nameof(input.Budget), SafetyMessages.Budget);
        }

        if (input.Baseline is { } b && input.Target is { } t && b == t)
        {
            errors.Add(nameof(input.Target), SafetyMessages.TargetEqualsBaseline);
        }

        if (input.PriorityId is { } p && !priorities.Contains(p))
        {
            errors.Add(nameof(input.PriorityId), SafetyMessages.NotInThisAudit);
        }

        if (input.RegistryKind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.RegistryKind), Messages.UnknownValue, string.Join(", ", Enum.GetNames<Domain.Incidents.IncidentKind>()));
        }

        return errors;
    }

    public static ValidationErrors Progress(ProgressInput input, DateOnly today)
    {
        var errors = new ValidationErrors();
        Date(errors, nameof(input.On), input.On, today);
        if (input.PercentDone is < 0 or > 100)
        {
            errors.Add(nameof(input.PercentDone), SafetyMessages.Percent);
        }

        TextRules.Check(errors, nameof(input.Note), input.Note, SafetyAudit.MaxTextLength, required: true, multiline: true);
        return errors;
    }

    public static void Date(ValidationErrors errors, string field, DateOnly? date, DateOnly today)
    {
        if (date is not { } d)
        {
            errors.Add(field, Messages.Required);
        }
        else if (d > today)
        {
            errors.Add(field, Messages.NotInFuture);
        }
    }

    public static void Required<T>(ValidationErrors errors, string field, T? value)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(field, Messages.Required);
        }
    }
}
