using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        // The chain position is the key: assigned by the writer, never by the database, and unique by construction.
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(AuditDraft.ActorLength).IsRequired();
        builder.Property(e => e.ClientAddress).HasMaxLength(AuditDraft.AddressLength);
        builder.Property(e => e.RecordKind).HasMaxLength(AuditDraft.KindLength).IsRequired();
        builder.Property(e => e.RecordIds).IsRequired();
        builder.Property(e => e.Purpose).HasMaxLength(AuditDraft.PurposeLength);
        builder.Property(e => e.Recipients).HasMaxLength(AuditDraft.RecipientsLength);
        builder.Property(e => e.Detail).HasMaxLength(AuditDraft.DetailLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength(false).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        // The auditor's searches: by period, by person acting, by kind of record.
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => new { e.Actor, e.AtUtc });
        builder.HasIndex(e => new { e.RecordKind, e.AtUtc });
    }
}

internal sealed class AuditAnchorConfiguration : IEntityTypeConfiguration<AuditAnchor>
{
    public void Configure(EntityTypeBuilder<AuditAnchor> builder)
    {
        builder.ToTable("AuditAnchors");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Hash).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Mac).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => a.Sequence);
    }
}
