using System.Globalization;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Infrastructure.Operators;

public sealed record MeasureView(long Id, string Text, ThreatLevel? FromLevel, bool InForce, bool ToApply);

public sealed record RiskView(long Id, string Scenario, string Vulnerabilities, RiskRating Impact);

public sealed record PlanView(
    long Id, int Number, PlanStatus Status, DateOnly ReviewDue, DateTime? SubmittedAtUtc, DateTime? ApprovedAtUtc, string? ApprovedBy,
    ThreatLevel AppliedLevel, IReadOnlyList<RiskView> Risks, IReadOnlyList<MeasureView> Measures, int Version);

public sealed record AssetView(string Name, string Location);

public sealed record OperatorDetails(
    long Id, string Name, CriticalSector Sector, string Contact, string LiaisonOfficer, string LiaisonContact,
    ThreatLevel SectorLevel, ThreatLevelChange? LevelChange, IReadOnlyList<AssetView> Assets, PlanView? Approved, PlanView? Pending,
    IReadOnlyList<(int Number, PlanStatus Status, DateTime? ApprovedAtUtc)> Versions);

/// <summary>
/// An operator with its assets, its security liaison officer, the plan in force and the version in the works, each
/// measure marked in force at the sector's level now. The liaison officer's name is personal data: the read is audited.
/// </summary>
public sealed class GetOperator(FocalPointDbContext db, OperatorReach reach, IAuditLog audit)
{
    public async Task<OperatorDetails?> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        var o = await (await reach.OperatorsAsync(cancellationToken)).AsNoTracking().Include(x => x.Assets)
            .Include(x => x.Plans).ThenInclude(p => p.Measures).Include(x => x.Plans).ThenInclude(p => p.Risks)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (o is null)
        {
            return null;
        }

        var levels = await CurrentThreatLevels.ReadAsync(db, cancellationToken);
        var level = levels.Level(o.Sector);
        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "InfrastructureOperator", [id.ToString(CultureInfo.InvariantCulture)], Detail: "security liaison officer"), cancellationToken);
        var approved = o.Plans.FirstOrDefault(p => p.Status == PlanStatus.Approved);
        var pending = o.Plans.FirstOrDefault(p => p.Status is PlanStatus.Draft or PlanStatus.Submitted);
        return new OperatorDetails(
            o.Id, o.Name, o.Sector, o.Contact, o.LiaisonOfficer, o.LiaisonContact, level, levels[o.Sector],
            [.. o.Assets.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new AssetView(a.Name, a.Location))],
            // Confirming a level's measures is done on the plan in force; a version in the works is read against it.
            View(approved, level, approved?.AppliedLevel), View(pending, level, approved?.AppliedLevel),
            [.. o.Plans.OrderByDescending(p => p.Number).Select(p => (p.Number, p.Status, p.ApprovedAtUtc))]);
    }

    private static PlanView? View(SecurityPlan? plan, ThreatLevel level, ThreatLevel? confirmed) => plan is null ? null : new PlanView(
        plan.Id, plan.Number, plan.Status, plan.ReviewDue, plan.SubmittedAtUtc, plan.ApprovedAtUtc, plan.ApprovedBy, plan.AppliedLevel,
        [.. plan.Risks.OrderBy(r => r.Id).Select(r => new RiskView(r.Id, r.Scenario, r.Vulnerabilities, r.Impact))],
        [.. plan.Measures.OrderBy(m => m.FromLevel.HasValue).ThenBy(m => m.FromLevel).ThenBy(m => m.Id).Select(m => new MeasureView(
            m.Id, m.Text, m.FromLevel, MeasuresInForce.InForce(m.FromLevel, level),
            m.FromLevel is { } from && from <= level && from > (confirmed ?? plan.AppliedLevel)))],
        plan.Version);
}
