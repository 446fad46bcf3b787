using FocalPoint.Domain.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class ResolvedEntityConfiguration : IEntityTypeConfiguration<ResolvedEntity>
{
    public void Configure(EntityTypeBuilder<ResolvedEntity> builder)
    {
        builder.ConfigureAuditable();
        builder.HasIndex(e => e.Kind);
        builder.HasMany(e => e.Members).WithOne(m => m.Entity).HasForeignKey(m => m.EntityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EntityMembershipConfiguration : IEntityTypeConfiguration<EntityMembership>
{
    public void Configure(EntityTypeBuilder<EntityMembership> builder)
    {
        // One entity per source record; no foreign key to Persons/Firearms so that resolution never blocks erasure.
        builder.HasIndex(m => new { m.Kind, m.RecordId }).IsUnique();
        builder.HasIndex(m => m.EntityId);
    }
}

internal sealed class ReviewPairConfiguration : IEntityTypeConfiguration<ReviewPair>
{
    public void Configure(EntityTypeBuilder<ReviewPair> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(p => p.ExplanationJson).HasMaxLength(ReviewPair.MaxExplanationLength).IsRequired();
        builder.Property(p => p.DecidedBy).HasMaxLength(256);
        builder.Property(p => p.ClosedReason).HasMaxLength(ReviewClosure.MaxLength);
        builder.HasIndex(p => new { p.Kind, p.LeftRecordId, p.RightRecordId }).IsUnique();
        builder.HasIndex(p => new { p.State, p.Kind });
    }
}

internal sealed class MatchLabelConfiguration : IEntityTypeConfiguration<MatchLabel>
{
    public void Configure(EntityTypeBuilder<MatchLabel> builder)
    {
        builder.ConfigureAuditable();
        builder.HasIndex(l => new { l.Kind, l.LeftRecordId, l.RightRecordId }).IsUnique();
    }
}

internal sealed class EntityHistoryConfiguration : IEntityTypeConfiguration<EntityHistoryEntry>
{
    public void Configure(EntityTypeBuilder<EntityHistoryEntry> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(h => h.RecordIds).HasMaxLength(EntityHistoryEntry.MaxRecordIdsLength).IsRequired();
        builder.Property(h => h.Justification).HasMaxLength(EntityHistoryEntry.MaxJustificationLength);
        builder.HasIndex(h => h.EntityId);
    }
}

internal sealed class ResolutionRunConfiguration : IEntityTypeConfiguration<ResolutionRun>
{
    public void Configure(EntityTypeBuilder<ResolutionRun> builder) => builder.ConfigureAuditable();
}
