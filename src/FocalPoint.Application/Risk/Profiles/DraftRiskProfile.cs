using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Risk;
using FocalPoint.Risk.Profiles;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Risk.Profiles;

/// <summary>A profile as an analyst drafts it; <see cref="ProfileKey"/> empty starts a new profile.</summary>
public sealed record RiskProfileInput(
    string? ProfileKey, string? Name, double Threshold, IReadOnlyList<Indicator> Indicators, DateOnly ValidFrom, DateOnly ValidTo,
    HandlingCode HandlingCode = HandlingCode.H0);

/// <summary>
/// Saves a draft: the next version of an existing profile, or version 1 of a new one. Refuses, with the engine's
/// reason, a profile that is empty, contradictory or can never fire; nothing is saved then.
/// </summary>
public sealed class DraftRiskProfile(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public async Task<CommandResult<long>> HandleAsync(RiskProfileInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.RiskAnalysis)) return CommandResult<long>.Missing();

        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Name), input.Name, RiskProfileVersion.MaxNameLength, required: true, multiline: false);
        if (input.ValidTo < input.ValidFrom) errors.Add(nameof(input.ValidTo), RiskMessages.ValidityOrder);
        var key = string.IsNullOrWhiteSpace(input.ProfileKey) ? null : input.ProfileKey.Trim();
        var engine = new RiskProfile(key ?? "new", 1, input.Name ?? "", input.Threshold, input.Indicators, input.ValidFrom, input.ValidTo);
        foreach (var problem in ProfileValidator.Validate(engine))
            errors.Add(nameof(input.Indicators), RiskMessages.ProfileRefused, problem.Message);
        if (!errors.IsEmpty) return CommandResult<long>.Invalid(errors);

        var number = 1;
        if (key is not null)
        {
            var last = await db.RiskProfiles.Where(p => p.ProfileKey == key).MaxAsync(p => (int?)p.Number, cancellationToken);
            if (last is null) return CommandResult<long>.Missing();
            number = last.Value + 1;
        }
        else
        {
            key = "P" + (await db.RiskProfiles.Select(p => p.ProfileKey).Distinct().CountAsync(cancellationToken) + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        }

        var version = new RiskProfileVersion
        {
            ProfileKey = key, Number = number, Name = input.Name!.Trim(), Threshold = input.Threshold,
            IndicatorsJson = ProfileJson.WriteIndicators(input.Indicators), ValidFrom = input.ValidFrom, ValidTo = input.ValidTo,
            Status = ProfileStatus.Draft, HandlingCode = input.HandlingCode, DraftedBy = access.UserName,
        };
        db.RiskProfiles.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "RiskProfile", [$"RiskProfile/{version.Id}"], Detail: $"drafted {key} v{number}"), cancellationToken);
        return CommandResult<long>.Ok(version.Id);
    }
}
