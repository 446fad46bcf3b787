using FocalPoint.Application.Common;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Cases;

/// <summary>A case as the form and the API send it. <see cref="Team"/> is read when the case is created; later the team changes member by member.</summary>
public sealed class CaseInput
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Owner { get; set; }
    public CaseStatus Status { get; set; } = CaseStatus.Open;
    public CasePriority Priority { get; set; } = CasePriority.Medium;
    public HandlingCode HandlingCode { get; set; } = HandlingCode.H1;
    public Tlp Tlp { get; set; } = Tlp.Amber;
    public List<string> Team { get; set; } = [];

    /// <summary>The version read before editing; a different stored version means someone else changed the case.</summary>
    public int Version { get; set; }
}

internal static class CaseInputRules
{
    public static async Task<ValidationErrors> CheckAsync(CaseInput input, CaseUsers users, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Title), input.Title, Case.MaxTitleLength, required: true);
        TextRules.Check(errors, nameof(input.Summary), input.Summary, Case.MaxSummaryLength, multiline: true);
        CheckEnum(errors, nameof(input.Status), input.Status);
        CheckEnum(errors, nameof(input.Priority), input.Priority);
        CheckEnum(errors, nameof(input.HandlingCode), input.HandlingCode);
        CheckEnum(errors, nameof(input.Tlp), input.Tlp);
        var owner = input.Owner?.Trim();
        if (string.IsNullOrEmpty(owner))
        {
            // A case without an owner has nobody answerable for it (issue 12, bad input).
            errors.Add(nameof(input.Owner), Messages.CaseOwnerRequired);
        }
        else if ((await users.NotEligibleAsync([owner], cancellationToken)).Count > 0)
        {
            errors.Add(nameof(input.Owner), Messages.CaseUserNotEligible, owner);
        }

        foreach (var member in await users.NotEligibleAsync(input.Team.Select(t => t.Trim()).Where(t => t.Length > 0).ToList(), cancellationToken))
        {
            errors.Add(nameof(input.Team), Messages.CaseUserNotEligible, member);
        }

        return errors;
    }

    private static void CheckEnum<T>(ValidationErrors errors, string field, T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(field, Messages.UnknownValue, string.Join(", ", Enum.GetNames<T>()));
        }
    }
}
