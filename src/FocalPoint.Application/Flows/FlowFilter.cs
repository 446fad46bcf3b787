using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Reports.Iafq;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Flows;

/// <summary>Which recovered firearms a weapon-flow aggregate counts: a period of local dates, one weapon type, one incident kind.</summary>
/// <param name="From">First local date counted (inclusive).</param>
/// <param name="To">Last local date counted (inclusive).</param>
/// <param name="FirearmTypeId">Only this firearm type (reference id); all types when null.</param>
/// <param name="Kind">Only this incident kind; every kind that recovers arms when null.</param>
public sealed record FlowFilter(DateOnly From, DateOnly To, int? FirearmTypeId = null, IncidentKind? Kind = null)
{
    public static readonly DateOnly Earliest = new(IafqReport.FirstYear, 1, 1);

    /// <summary>
    /// Kinds that put arms into the authorities' hands (the IAFQ mapping: seizures, detections at crossing points,
    /// trafficking attempts, finds, surrenders). Misuse or loss is an event, not a recovery: a flow ends where an arm
    /// was taken, so those kinds are not offered.
    /// </summary>
    public static IReadOnlyList<IncidentKind> RecoveryKinds { get; } = [.. IafqCategories.ByIncidentKind.Keys.Order()];

    /// <summary>The default: the last full calendar year before today (UTC).</summary>
    public static FlowFilter LastFullYear(TimeProvider time)
    {
        var year = time.GetUtcNow().Year - 1;
        return new FlowFilter(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    public IReadOnlyList<IncidentKind> Kinds => Kind is { } kind ? [kind] : RecoveryKinds;

    public ValidationErrors Validate(ReferenceSnapshot reference, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (From < Earliest || From > today)
        {
            errors.Add(nameof(From), Messages.DateBetween, Earliest);
        }

        if (To < From)
        {
            errors.Add(nameof(To), Messages.ToBeforeFrom);
        }

        if (FirearmTypeId is { } type && !reference.FirearmTypeById.ContainsKey(type))
        {
            errors.Add(nameof(FirearmTypeId), Messages.UnknownFirearmTypeFilter);
        }

        if (Kind is { } kind && !RecoveryKinds.Contains(kind))
        {
            errors.Add(nameof(Kind), Messages.RecoveryKind, string.Join(", ", RecoveryKinds));
        }

        return errors;
    }
}
