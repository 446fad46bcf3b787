using FocalPoint.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.HasKey(r => new { r.CaseId, r.Kind, r.RecordId });
        builder.Property(r => r.AddedBy).HasMaxLength(256).IsRequired();
        builder.HasOne(r => r.Case).WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);

        // "Which cases hold this firearm?" is asked from the record's page.
        builder.HasIndex(r => new { r.Kind, r.RecordId });
    }
}

internal sealed class CaseTaskConfiguration : IEntityTypeConfiguration<CaseTask>
{
    public void Configure(EntityTypeBuilder<CaseTask> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(t => t.Title).HasMaxLength(CaseTask.MaxTitleLength).IsRequired();
        builder.Property(t => t.Assignee).HasMaxLength(256).IsRequired();
        builder.HasOne(t => t.Case).WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.CaseId);

        // The home page asks for a user's open tasks by due date.
        builder.HasIndex(t => new { t.Assignee, t.Status, t.DueOn });
    }
}

internal sealed class CaseJournalConfiguration : IEntityTypeConfiguration<CaseJournalEntry>
{
    public void Configure(EntityTypeBuilder<CaseJournalEntry> builder)
    {
        builder.ToTable("CaseJournal");
        builder.ConfigureAuditable();
        // Encrypted at rest (ProtectedFields): the ciphertext is longer than the note, so no column limit; the use case keeps the note's.
        builder.Property(j => j.Text).IsRequired();
        builder.HasOne(j => j.Case).WithMany().HasForeignKey(j => j.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => j.CaseId);
    }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(a => a.FileName).HasMaxLength(CaseAttachment.MaxNameLength).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.HasOne(a => a.Case).WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.CaseId);
    }
}
