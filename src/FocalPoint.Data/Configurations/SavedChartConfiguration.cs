using FocalPoint.Domain.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class SavedChartConfiguration : IEntityTypeConfiguration<SavedChart>
{
    public void Configure(EntityTypeBuilder<SavedChart> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(c => c.Title).HasMaxLength(SavedChart.MaxTitleLength).IsRequired();
        builder.Property(c => c.LayoutJson).IsRequired();
        builder.HasOne(c => c.Case).WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CaseId);
    }
}
