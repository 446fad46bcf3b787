using FocalPoint.Domain.Community;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

// Referrals are sealed (ADR 0025): no foreign key reaches them from the registry and none leads from them into it.
internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(r => r.Reference).HasMaxLength(20).IsRequired();
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.ReferringAgency).HasMaxLength(Referral.MaxAgencyLength).IsRequired();
        builder.Property(r => r.ReferrerRole).HasMaxLength(Referral.MaxAgencyLength).IsRequired();

        // Ciphertext of the name is longer than the name (ProtectedFields); the concerns are text.
        builder.Property(r => r.SubjectName).HasMaxLength(600).IsRequired();
        builder.Property(r => r.Concerns).IsRequired();
        builder.Property(r => r.SignpostedTo).HasMaxLength(Referral.MaxAgencyLength);
        builder.Property(r => r.ConsentLegalBasis).HasMaxLength(Referral.MaxAgencyLength);
        builder.HasOne<Domain.Reference.Municipality>().WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Assessments).WithOne().HasForeignKey(a => a.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.PanelMeetings).WithOne().HasForeignKey(p => p.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.SupportItems).WithOne().HasForeignKey(s => s.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Reviews).WithOne().HasForeignKey(v => v.ReferralId).OnDelete(DeleteBehavior.Cascade);

        // The home panel and the review queue ask by stage and date; the erasure job by erasure date.
        builder.HasIndex(r => new { r.Stage, r.ReviewDueOn });
        builder.HasIndex(r => r.EraseOn);
    }
}

internal sealed class ReferralStageChangeConfiguration : IEntityTypeConfiguration<ReferralStageChange>
{
    public void Configure(EntityTypeBuilder<ReferralStageChange> builder)
    {
        builder.ToTable("ReferralHistory");
        builder.Property(h => h.By).HasMaxLength(256).IsRequired();
        builder.HasIndex(h => h.ReferralId);
    }
}

internal sealed class ReferralStepConfiguration :
    IEntityTypeConfiguration<ReferralAssessment>, IEntityTypeConfiguration<ReferralPanelMeeting>,
    IEntityTypeConfiguration<ReferralSupportItem>, IEntityTypeConfiguration<ReferralReview>
{
    public void Configure(EntityTypeBuilder<ReferralAssessment> builder)
    {
        builder.Property(a => a.Assessor).HasMaxLength(Referral.MaxAgencyLength).IsRequired();
        builder.HasIndex(a => a.ReferralId);
    }

    public void Configure(EntityTypeBuilder<ReferralPanelMeeting> builder)
    {
        builder.Property(p => p.Attendees).HasMaxLength(1000).IsRequired();
        builder.Property(p => p.Decision).HasMaxLength(2000).IsRequired();
        builder.HasIndex(p => p.ReferralId);
    }

    public void Configure(EntityTypeBuilder<ReferralSupportItem> builder)
    {
        builder.Property(s => s.Provider).HasMaxLength(Referral.MaxAgencyLength).IsRequired();
        builder.HasIndex(s => s.ReferralId);
    }

    public void Configure(EntityTypeBuilder<ReferralReview> builder)
    {
        builder.Property(v => v.Summary).HasMaxLength(2000).IsRequired();
        builder.HasIndex(v => v.ReferralId);
    }
}
