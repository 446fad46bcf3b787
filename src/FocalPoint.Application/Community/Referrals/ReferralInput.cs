using System.Text.Json.Serialization;
using FocalPoint.Application.Common;
using FocalPoint.Domain.Community;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Community.Referrals;

/// <summary>
/// The referral form, usable by any agency. It has no field for beliefs, religion or ethnicity, and a request that
/// brings one (or any other field the form does not have) is refused whole rather than silently trimmed.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ReferralInput
{
    public DateOnly? ReferredOn { get; set; }
    public string? ReferringAgency { get; set; }
    public string? ReferrerRole { get; set; }
    public string? SubjectName { get; set; }
    public int? SubjectAge { get; set; }
    public Sex SubjectSex { get; set; }
    public int? MunicipalityId { get; set; }
    public bool ReturneeFamily { get; set; }
    public string? Concerns { get; set; }
}

internal static class ReferralRules
{
    public const int MinAge = 10;
    public const int MaxAge = 99;

    public static ValidationErrors Check(ReferralInput input, DateOnly today, IReadOnlySet<int> municipalities)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.ReferringAgency), input.ReferringAgency, Referral.MaxAgencyLength, required: true);
        TextRules.Check(errors, nameof(input.ReferrerRole), input.ReferrerRole, Referral.MaxAgencyLength, required: true);
        TextRules.Check(errors, nameof(input.SubjectName), input.SubjectName, Referral.MaxNameLength, required: true);
        TextRules.Check(errors, nameof(input.Concerns), input.Concerns, Referral.MaxConcernsLength, required: true, multiline: true);
        Date(errors, nameof(input.ReferredOn), input.ReferredOn, today);
        if (input.SubjectAge is not { } age || age < MinAge || age > MaxAge)
        {
            errors.Add(nameof(input.SubjectAge), ReferralMessages.Age, MinAge, MaxAge);
        }

        if (!System.Enum.IsDefined(input.SubjectSex))
        {
            errors.Add(nameof(input.SubjectSex), Messages.UnknownValue, string.Join(", ", System.Enum.GetNames<Sex>()));
        }

        if (input.MunicipalityId is not { } m || !municipalities.Contains(m))
        {
            errors.Add(nameof(input.MunicipalityId), Messages.Required);
        }

        return errors;
    }

    public static void Date(ValidationErrors errors, string field, DateOnly? value, DateOnly today)
    {
        if (value is not { } date)
        {
            errors.Add(field, Messages.Required);
        }
        else if (date > today || date.Year < 2000)
        {
            errors.Add(field, ReferralMessages.DateNotFuture);
        }
    }

    public static void Choice<T>(ValidationErrors errors, string field, T? value)
        where T : struct, System.Enum
    {
        if (value is not { } v || !System.Enum.IsDefined(v))
        {
            errors.Add(field, Messages.UnknownValue, string.Join(", ", System.Enum.GetNames<T>()));
        }
    }
}
