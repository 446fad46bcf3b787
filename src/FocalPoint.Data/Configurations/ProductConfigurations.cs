using FocalPoint.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class ProductTemplateConfiguration : IEntityTypeConfiguration<ProductTemplate>
{
    public void Configure(EntityTypeBuilder<ProductTemplate> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(t => t.Body).HasMaxLength(ProductTemplate.MaxBodyLength).IsRequired();
        builder.HasIndex(t => new { t.Kind, t.Language }).IsUnique();
    }
}

internal sealed class PublishedProductConfiguration : IEntityTypeConfiguration<PublishedProduct>
{
    public void Configure(EntityTypeBuilder<PublishedProduct> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(p => p.Period).HasMaxLength(PublishedProduct.MaxPeriodLength).IsRequired();
        builder.Property(p => p.Commentary).HasMaxLength(PublishedProduct.MaxCommentaryLength).IsRequired();
        builder.Property(p => p.InputsJson).IsRequired();
        builder.Property(p => p.Pdf).IsRequired();
        builder.Property(p => p.Xlsx).IsRequired();

        // One edition number per kind, period and language: two analysts publishing at once cannot both be edition 2.
        builder.HasIndex(p => new { p.Kind, p.Period, p.Language, p.Edition }).IsUnique();
        builder.HasIndex(p => new { p.PeriodFrom, p.PeriodTo });
    }
}

internal sealed class ProductDraftConfiguration : IEntityTypeConfiguration<ProductDraft>
{
    public void Configure(EntityTypeBuilder<ProductDraft> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(d => d.Period).HasMaxLength(PublishedProduct.MaxPeriodLength).IsRequired();

        // One draft per kind and period: the schedule running on two nodes, or twice, drafts once.
        builder.HasIndex(d => new { d.Kind, d.Period }).IsUnique();
    }
}
