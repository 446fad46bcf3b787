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
