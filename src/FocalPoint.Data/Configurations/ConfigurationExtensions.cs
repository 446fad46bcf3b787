using FocalPoint.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal static class ConfigurationExtensions
{
    public static void ConfigureAuditable<T>(this EntityTypeBuilder<T> builder)
        where T : AuditableEntity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.Property(e => e.Version).IsConcurrencyToken();
    }

    public static void ConfigureLocalNames<T>(this EntityTypeBuilder<T> builder)
        where T : class, FocalPoint.Domain.Reference.IHasLocalNames
    {
        builder.Property(e => e.NameEn).HasMaxLength(100);
        builder.Property(e => e.NameSq).HasMaxLength(100);
        builder.Property(e => e.NameSr).HasMaxLength(100);
    }

    public static PropertyBuilder<string?> IsCountryCode(this PropertyBuilder<string?> property) =>
        property.HasMaxLength(2).IsFixedLength(false);
}
