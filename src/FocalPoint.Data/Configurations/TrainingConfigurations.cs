using FocalPoint.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(c => c.Title).HasMaxLength(TrainingCourse.MaxTextLength).IsRequired();
        builder.Property(c => c.Institution).HasMaxLength(TrainingCourse.MaxTextLength).IsRequired();
        builder.Property(c => c.Place).HasMaxLength(TrainingCourse.MaxTextLength).IsRequired();
        builder.Property(c => c.Trainer).HasMaxLength(TrainingCourse.MaxTextLength).IsRequired();
        builder.Property(c => c.Certification).HasMaxLength(TrainingCourse.MaxTextLength).IsRequired();
        builder.Property(c => c.Programme).HasMaxLength(TrainingCourse.MaxTextLength).IsRequired();
        builder.Property(c => c.Hours).HasPrecision(6, 1);
        builder.HasIndex(c => c.StartsOn);
    }
}

internal sealed class TrainingPersonConfiguration : IEntityTypeConfiguration<TrainingPerson>
{
    public void Configure(EntityTypeBuilder<TrainingPerson> builder)
    {
        builder.Property(p => p.GivenName).HasMaxLength(TrainingPerson.MaxNameLength).IsRequired();
        builder.Property(p => p.FamilyName).HasMaxLength(TrainingPerson.MaxNameLength).IsRequired();
        builder.Property(p => p.NameKey).HasMaxLength(TrainingPerson.MaxKeyLength).IsRequired();
        builder.HasIndex(p => p.NameKey);
    }
}

internal sealed class TrainingParticipationConfiguration : IEntityTypeConfiguration<TrainingParticipation>
{
    public void Configure(EntityTypeBuilder<TrainingParticipation> builder)
    {
        builder.Property(p => p.GivenName).HasMaxLength(TrainingPerson.MaxNameLength).IsRequired();
        builder.Property(p => p.FamilyName).HasMaxLength(TrainingPerson.MaxNameLength).IsRequired();
        builder.Property(p => p.AgeBand).HasMaxLength(12).IsRequired();
        builder.Property(p => p.Institution).HasMaxLength(TrainingParticipation.MaxTextLength).IsRequired();
        builder.Property(p => p.RankOrRole).HasMaxLength(TrainingParticipation.MaxTextLength).IsRequired();
        builder.Property(p => p.Region).HasMaxLength(TrainingParticipation.MaxTextLength).IsRequired();
        builder.Property(p => p.RecordedBy).HasMaxLength(256).IsRequired();
        builder.HasOne(p => p.Course).WithMany(c => c.Participations).HasForeignKey(p => p.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);

        // A person attends a course once: the same person twice on one sheet is a duplicate row, not two participations.
        builder.HasIndex(p => new { p.CourseId, p.PersonId }).IsUnique();
        builder.HasIndex(p => p.PersonId);
    }
}

internal sealed class TrainingMatchReviewConfiguration : IEntityTypeConfiguration<TrainingMatchReview>
{
    public void Configure(EntityTypeBuilder<TrainingMatchReview> builder)
    {
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.HasOne(r => r.Participation).WithMany().HasForeignKey(r => r.ParticipationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.CandidatePerson).WithMany().HasForeignKey(r => r.CandidatePersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.Status);
    }
}
