using FocalPoint.Domain.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class RetentionReviewConfiguration : IEntityTypeConfiguration<RetentionReview>
{
    public void Configure(EntityTypeBuilder<RetentionReview> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(r => r.Justification).HasMaxLength(RetentionReview.MaxJustificationLength).IsRequired();
        builder.HasIndex(r => new { r.SubjectKind, r.SubjectId, r.KeepUntil });
    }
}
