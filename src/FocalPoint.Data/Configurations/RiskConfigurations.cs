using FocalPoint.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class RiskProfileVersionConfiguration : IEntityTypeConfiguration<RiskProfileVersion>
{
    public void Configure(EntityTypeBuilder<RiskProfileVersion> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(p => p.ProfileKey).HasMaxLength(RiskProfileVersion.MaxKeyLength).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(RiskProfileVersion.MaxNameLength).IsRequired();
        builder.Property(p => p.IndicatorsJson).HasMaxLength(RiskProfileVersion.MaxIndicatorsLength).IsRequired();
        builder.Property(p => p.DraftedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.ApprovedBy).HasMaxLength(256);
        builder.HasIndex(p => new { p.ProfileKey, p.Number }).IsUnique();
        builder.HasIndex(p => p.Status);
    }
}

internal sealed class RiskAssessmentVersionConfiguration : IEntityTypeConfiguration<RiskAssessmentVersion>
{
    public void Configure(EntityTypeBuilder<RiskAssessmentVersion> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(a => a.AssessmentKey).HasMaxLength(RiskAssessmentVersion.MaxKeyLength).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(RiskAssessmentVersion.MaxTitleLength).IsRequired();
        builder.Property(a => a.SubjectText).HasMaxLength(RiskAssessmentVersion.MaxSubjectLength).IsRequired();
        builder.Property(a => a.Rule).HasMaxLength(40).IsRequired();
        foreach (var rationale in new[] { "MagnitudeRationale", "LikelihoodRationale", "VulnerabilityRationale", "ImpactRationale" })
            builder.Property<string>(rationale).HasMaxLength(RiskAssessmentVersion.MaxRationaleLength).IsRequired();
        foreach (var evidence in new[] { "MagnitudeEvidence", "LikelihoodEvidence", "VulnerabilityEvidence", "ImpactEvidence" })
            builder.Property<string>(evidence).HasMaxLength(RiskAssessmentVersion.MaxEvidenceLength).IsRequired();
        builder.Property(a => a.Steps).HasMaxLength(RiskAssessmentVersion.MaxStepsLength).IsRequired();
        builder.Property(a => a.AssessedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(a => new { a.AssessmentKey, a.Number }).IsUnique();
        builder.HasOne<FocalPoint.Domain.Reference.CrossingPoint>().WithMany().HasForeignKey(a => a.CrossingPointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FocalPoint.Domain.Reference.Municipality>().WithMany().HasForeignKey(a => a.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScreeningHitConfiguration : IEntityTypeConfiguration<ScreeningHit>
{
    public void Configure(EntityTypeBuilder<ScreeningHit> builder)
    {
        builder.Property(h => h.RunId).HasMaxLength(40).IsRequired();
        builder.Property(h => h.CrossingId).HasMaxLength(100).IsRequired();
        builder.Property(h => h.CrossingPoint).HasMaxLength(20).IsRequired();
        builder.Property(h => h.Direction).HasMaxLength(10).IsRequired();
        builder.Property(h => h.Plate).HasMaxLength(20).IsRequired();
        builder.Property(h => h.WatchMatches).HasMaxLength(ScreeningHit.MaxTextLength).IsRequired();
        builder.Property(h => h.Reasons).HasMaxLength(ScreeningHit.MaxTextLength).IsRequired();
        builder.Property(h => h.OutcomeNote).HasMaxLength(1000);
        builder.Property(h => h.OutcomeBy).HasMaxLength(256);
        // The queue at a crossing point: its pending hits, newest first.
        builder.HasIndex(h => new { h.CrossingPoint, h.Outcome, h.CrossedAtUtc });
        builder.HasMany(h => h.Profiles).WithOne().HasForeignKey(p => p.HitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScreeningHitProfileConfiguration : IEntityTypeConfiguration<ScreeningHitProfile>
{
    public void Configure(EntityTypeBuilder<ScreeningHitProfile> builder)
    {
        builder.HasKey(p => new { p.HitId, p.ProfileVersionId });
        builder.HasOne(p => p.ProfileVersion).WithMany().HasForeignKey(p => p.ProfileVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ProfileVersionId);
    }
}

internal sealed class ScreeningRunConfiguration : IEntityTypeConfiguration<ScreeningRunRecord>
{
    public void Configure(EntityTypeBuilder<ScreeningRunRecord> builder)
    {
        builder.Property(r => r.Id).HasMaxLength(40);
        builder.Property(r => r.StartedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.ProfileVersions).HasMaxLength(4000).IsRequired();
    }
}

internal sealed class ScreeningRunPointConfiguration : IEntityTypeConfiguration<ScreeningRunPoint>
{
    public void Configure(EntityTypeBuilder<ScreeningRunPoint> builder)
    {
        builder.HasKey(p => new { p.RunId, p.CrossingPoint });
        builder.Property(p => p.RunId).HasMaxLength(40);
        builder.Property(p => p.CrossingPoint).HasMaxLength(20);
        builder.HasIndex(p => new { p.CrossingPoint, p.StartedAtUtc });
    }
}

internal sealed class CrossingMappingConfiguration : IEntityTypeConfiguration<CrossingMapping>
{
    public void Configure(EntityTypeBuilder<CrossingMapping> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(m => m.Name).HasMaxLength(CrossingMapping.MaxNameLength).IsRequired();
        builder.Property(m => m.ColumnsJson).HasMaxLength(CrossingMapping.MaxColumnsLength).IsRequired();
        builder.HasIndex(m => m.Name).IsUnique();
    }
}
