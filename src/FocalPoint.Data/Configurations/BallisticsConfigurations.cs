using FocalPoint.Domain.Ballistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class BallisticExaminationConfiguration : IEntityTypeConfiguration<BallisticExamination>
{
    public void Configure(EntityTypeBuilder<BallisticExamination> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(e => e.LabNumber).HasMaxLength(BallisticExamination.MaxLabNumberLength).IsRequired();
        builder.Property(e => e.ClassCharacteristics).HasMaxLength(BallisticExamination.MaxCharacteristicsLength);
        builder.Property(e => e.Result).HasMaxLength(BallisticExamination.MaxResultLength);
        builder.Property(e => e.Examiner).HasMaxLength(BallisticExamination.MaxExaminerLength).IsRequired();

        // An erased incident takes its examinations along (retention); a firearm removed from an incident leaves the
        // laboratory's record of its test fires standing.
        builder.HasOne(e => e.Incident).WithMany().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Firearm).WithMany().HasForeignKey(e => e.FirearmId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => e.LabNumber).IsUnique();
        builder.HasIndex(e => e.IncidentId);
        builder.HasIndex(e => e.FirearmId);
    }
}

internal sealed class BallisticLeadConfiguration : IEntityTypeConfiguration<BallisticLead>
{
    public void Configure(EntityTypeBuilder<BallisticLead> builder)
    {
        builder.HasOne(l => l.Examination).WithMany().HasForeignKey(l => l.ExaminationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.MatchedExamination).WithMany().HasForeignKey(l => l.MatchedExaminationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.ProposedBy).HasMaxLength(256).IsRequired();
        builder.Property(l => l.DecidedBy).HasMaxLength(BallisticExamination.MaxExaminerLength);
        builder.Property(l => l.Note).HasMaxLength(BallisticLead.MaxNoteLength);

        // One lead per pair; the pages ask for the leads of one examination from either side.
        builder.HasIndex(l => new { l.ExaminationId, l.MatchedExaminationId }).IsUnique();
        builder.HasIndex(l => l.MatchedExaminationId);
        builder.HasIndex(l => l.State);
    }
}
