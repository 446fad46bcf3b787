using FocalPoint.Domain.Community;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

// Municipal community safety (issue 15 items 1-2): audits and their parts, council meetings. No personal data.
internal sealed class SafetyAuditConfiguration : IEntityTypeConfiguration<SafetyAudit>, IEntityTypeConfiguration<AuditStageChange>
{
    public void Configure(EntityTypeBuilder<SafetyAudit> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(a => a.Title).HasMaxLength(SafetyAudit.MaxTitleLength).IsRequired();
        builder.Property(a => a.Partners).HasMaxLength(SafetyAudit.MaxTextLength).IsRequired();
        builder.Property(a => a.Scope).HasMaxLength(SafetyAudit.MaxTextLength).IsRequired();
        builder.Property(a => a.Area).HasMaxLength(SafetyAudit.MaxTextLength).IsRequired();
        builder.Property(a => a.DataSources).HasMaxLength(SafetyAudit.MaxTextLength).IsRequired();
        builder.HasOne<Domain.Reference.Municipality>().WithMany().HasForeignKey(a => a.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(h => h.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.MunicipalityId, a.Stage });
    }

    public void Configure(EntityTypeBuilder<AuditStageChange> builder)
    {
        builder.ToTable("SafetyAuditHistory");
        builder.Property(h => h.By).HasMaxLength(256).IsRequired();
        builder.HasIndex(h => h.AuditId);
    }
}

internal sealed class SafetySurveyConfiguration :
    IEntityTypeConfiguration<SafetySurvey>, IEntityTypeConfiguration<SurveyQuestion>, IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SafetySurvey> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(SafetyAudit.MaxTitleLength).IsRequired();
        builder.HasOne<SafetyAudit>().WithMany().HasForeignKey(s => s.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.AuditId);
    }

    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(500).IsRequired();
        builder.HasIndex(q => new { q.SurveyId, q.Number }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.HasOne<SafetySurvey>().WithMany().HasForeignKey(a => a.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.SurveyId, a.QuestionNumber });
    }
}

internal sealed class SafetyWalkConfiguration : IEntityTypeConfiguration<SafetyWalk>, IEntityTypeConfiguration<WalkObservation>, IEntityTypeConfiguration<AuditPriority>
{
    public void Configure(EntityTypeBuilder<SafetyWalk> builder)
    {
        builder.Property(w => w.Route).HasMaxLength(SafetyAudit.MaxTitleLength).IsRequired();
        builder.Property(w => w.Participants).HasMaxLength(SafetyAudit.MaxTextLength).IsRequired();
        builder.HasOne<SafetyAudit>().WithMany().HasForeignKey(w => w.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.Observations).WithOne().HasForeignKey(o => o.WalkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => w.AuditId);
    }

    public void Configure(EntityTypeBuilder<WalkObservation> builder)
    {
        builder.Property(o => o.Note).HasMaxLength(SafetyAudit.MaxTextLength).IsRequired();
        builder.HasIndex(o => o.WalkId);
    }

    public void Configure(EntityTypeBuilder<AuditPriority> builder)
    {
        builder.Property(p => p.Problem).HasMaxLength(SafetyAudit.MaxTitleLength).IsRequired();
        builder.Property(p => p.Rationale).HasMaxLength(SafetyAudit.MaxTextLength).IsRequired();
        builder.HasOne<SafetyAudit>().WithMany().HasForeignKey(p => p.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.AuditId);
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>, IEntityTypeConfiguration<ActionProgress>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(i => i.Title).HasMaxLength(SafetyAudit.MaxTitleLength).IsRequired();
        builder.Property(i => i.Owner).HasMaxLength(SafetyAudit.MaxTitleLength).IsRequired();
        builder.Property(i => i.Indicator).HasMaxLength(SafetyAudit.MaxTitleLength).IsRequired();
        builder.Property(i => i.Budget).HasPrecision(14, 2);
        builder.Property(i => i.Baseline).HasPrecision(14, 2);
        builder.Property(i => i.Target).HasPrecision(14, 2);
        builder.HasOne<SafetyAudit>().WithMany().HasForeignKey(i => i.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AuditPriority>().WithMany().HasForeignKey(i => i.PriorityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Progress).WithOne().HasForeignKey(p => p.ActionItemId).OnDelete(DeleteBehavior.Cascade);
        // The home panel asks for items due soon or overdue.
        builder.HasIndex(i => new { i.AuditId, i.Deadline });
    }

    public void Configure(EntityTypeBuilder<ActionProgress> builder)
    {
        builder.ToTable("ActionProgress");
        builder.Property(p => p.Note).HasMaxLength(SafetyAudit.MaxTextLength).IsRequired();
        builder.Property(p => p.By).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Value).HasPrecision(14, 2);
        builder.HasIndex(p => p.ActionItemId);
    }
}

internal sealed class CouncilMeetingConfiguration :
    IEntityTypeConfiguration<CouncilMeeting>, IEntityTypeConfiguration<MeetingAttendee>, IEntityTypeConfiguration<MeetingDecision>
{
    public void Configure(EntityTypeBuilder<CouncilMeeting> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(m => m.Agenda).HasMaxLength(SafetyAudit.MaxTextLength).IsRequired();
        builder.Property(m => m.Minutes).HasMaxLength(8000).IsRequired();
        builder.HasOne<Domain.Reference.Municipality>().WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Decisions).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.MunicipalityId, m.HeldOn });
    }

    public void Configure(EntityTypeBuilder<MeetingAttendee> builder)
    {
        builder.Property(a => a.Represents).HasMaxLength(SafetyAudit.MaxTitleLength).IsRequired();
        builder.HasIndex(a => a.MeetingId);
    }

    public void Configure(EntityTypeBuilder<MeetingDecision> builder)
    {
        builder.Property(d => d.Text).HasMaxLength(SafetyAudit.MaxTextLength).IsRequired();
        builder.HasOne<ActionItem>().WithMany().HasForeignKey(d => d.ActionItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(d => d.MeetingId);
    }
}
