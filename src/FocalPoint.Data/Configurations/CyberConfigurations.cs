using FocalPoint.Domain.Cyber;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class CyberIncidentConfiguration : IEntityTypeConfiguration<CyberIncident>
{
    public void Configure(EntityTypeBuilder<CyberIncident> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(c => c.TrackingCode).HasMaxLength(CyberIncident.TrackingCodeLength).IsRequired();
        builder.HasIndex(c => c.TrackingCode).IsUnique();
        builder.Property(c => c.SecretHash).HasMaxLength(32).IsRequired();

        // Unique: a solved challenge admits one report, on every node, even under a retried or replayed post.
        builder.Property(c => c.ChallengeHash).HasMaxLength(64);
        builder.HasIndex(c => c.ChallengeHash).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(CyberIncident.MaxTitleLength).IsRequired();

        // Description and Contact are encrypted (ProtectedFields): ciphertext is longer than the text, so no length here.
        builder.Property(c => c.ServiceAffected).HasMaxLength(CyberIncident.MaxServiceLength);
        builder.Property(c => c.Assignee).HasMaxLength(CyberIncident.MaxAssigneeLength);
        builder.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Status, c.DetectedAtUtc });
        builder.HasIndex(c => c.OrganisationId);
    }
}

internal sealed class CyberIndicatorConfiguration : IEntityTypeConfiguration<CyberIndicator>
{
    public void Configure(EntityTypeBuilder<CyberIndicator> builder)
    {
        builder.Property(i => i.Value).HasMaxLength(CyberIndicator.MaxValueLength).IsRequired();
        builder.HasOne(i => i.Incident).WithMany(c => c.Indicators).HasForeignKey(i => i.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.Type, i.Value });
    }
}

internal sealed class CyberAttachmentConfiguration : IEntityTypeConfiguration<CyberAttachment>
{
    public void Configure(EntityTypeBuilder<CyberAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(CyberAttachment.MaxNameLength).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.HasOne(a => a.Incident).WithMany(c => c.Attachments).HasForeignKey(a => a.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CyberNoteConfiguration : IEntityTypeConfiguration<CyberNote>
{
    public void Configure(EntityTypeBuilder<CyberNote> builder)
    {
        builder.Property(n => n.Author).HasMaxLength(256).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(CyberNote.MaxTextLength).IsRequired();
        builder.HasOne(n => n.Incident).WithMany(c => c.Notes).HasForeignKey(n => n.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CyberOrganisationConfiguration : IEntityTypeConfiguration<CyberOrganisation>
{
    public void Configure(EntityTypeBuilder<CyberOrganisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(CyberOrganisation.MaxNameLength).IsRequired();
        builder.HasIndex(o => o.Name).IsUnique();
    }
}

internal sealed class CyberOrganisationMemberConfiguration : IEntityTypeConfiguration<CyberOrganisationMember>
{
    public void Configure(EntityTypeBuilder<CyberOrganisationMember> builder)
    {
        builder.HasKey(m => new { m.OrganisationId, m.UserName });
        builder.Property(m => m.UserName).HasMaxLength(256);
        builder.HasIndex(m => m.UserName);
        builder.HasOne(m => m.Organisation).WithMany(o => o.Members).HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
