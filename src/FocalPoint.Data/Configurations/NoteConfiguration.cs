using FocalPoint.Domain.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(n => n.Text).HasMaxLength(Note.MaxTextLength).IsRequired();
        builder.HasIndex(n => new { n.SubjectKind, n.SubjectId });
        builder.HasOne(n => n.SourceIncident).WithMany().HasForeignKey(n => n.SourceIncidentId).OnDelete(DeleteBehavior.SetNull);
    }
}
