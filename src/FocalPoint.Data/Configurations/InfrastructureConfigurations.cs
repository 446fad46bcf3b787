using FocalPoint.Domain.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class InfrastructureOperatorConfiguration : IEntityTypeConfiguration<InfrastructureOperator>
{
    public void Configure(EntityTypeBuilder<InfrastructureOperator> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(o => o.Name).HasMaxLength(InfrastructureOperator.MaxTextLength).IsRequired();
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Contact).HasMaxLength(InfrastructureOperator.MaxTextLength).IsRequired();
        builder.Property(o => o.LiaisonOfficer).HasMaxLength(InfrastructureOperator.MaxTextLength).IsRequired();
        builder.Property(o => o.LiaisonContact).HasMaxLength(InfrastructureOperator.MaxTextLength).IsRequired();
        builder.HasIndex(o => o.Sector);
    }
}

internal sealed class CriticalAssetConfiguration : IEntityTypeConfiguration<CriticalAsset>
{
    public void Configure(EntityTypeBuilder<CriticalAsset> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(CriticalAsset.MaxTextLength).IsRequired();
        builder.Property(a => a.Location).HasMaxLength(CriticalAsset.MaxTextLength).IsRequired();
        builder.HasOne(a => a.Operator).WithMany(o => o.Assets).HasForeignKey(a => a.OperatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InfrastructureOperatorMemberConfiguration : IEntityTypeConfiguration<InfrastructureOperatorMember>
{
    public void Configure(EntityTypeBuilder<InfrastructureOperatorMember> builder)
    {
        builder.HasKey(m => new { m.OperatorId, m.UserName });
        builder.Property(m => m.UserName).HasMaxLength(256);
        builder.HasIndex(m => m.UserName);
        builder.HasOne(m => m.Operator).WithMany(o => o.Members).HasForeignKey(m => m.OperatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ThreatLevelChangeConfiguration : IEntityTypeConfiguration<ThreatLevelChange>
{
    public void Configure(EntityTypeBuilder<ThreatLevelChange> builder)
    {
        builder.Property(t => t.Reason).HasMaxLength(ThreatLevelChange.MaxReasonLength).IsRequired();
        builder.Property(t => t.SetBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(t => new { t.Sector, t.SetAtUtc });
    }
}

internal sealed class SecurityPlanConfiguration : IEntityTypeConfiguration<SecurityPlan>
{
    public void Configure(EntityTypeBuilder<SecurityPlan> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(p => p.ApprovedBy).HasMaxLength(256);
        builder.HasOne(p => p.Operator).WithMany(o => o.Plans).HasForeignKey(p => p.OperatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.OperatorId, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.Status, p.ReviewDue });
    }
}

internal sealed class PlanRiskConfiguration : IEntityTypeConfiguration<PlanRisk>
{
    public void Configure(EntityTypeBuilder<PlanRisk> builder)
    {
        builder.Property(r => r.Scenario).HasMaxLength(PlanRisk.MaxTextLength).IsRequired();
        builder.Property(r => r.Vulnerabilities).HasMaxLength(PlanRisk.MaxTextLength).IsRequired();
        builder.HasOne(r => r.Plan).WithMany(p => p.Risks).HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanMeasureConfiguration : IEntityTypeConfiguration<PlanMeasure>
{
    public void Configure(EntityTypeBuilder<PlanMeasure> builder)
    {
        builder.Property(m => m.Text).HasMaxLength(PlanMeasure.MaxTextLength).IsRequired();
        builder.HasOne(m => m.Plan).WithMany(p => p.Measures).HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
