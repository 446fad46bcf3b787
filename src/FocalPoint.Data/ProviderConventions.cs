using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FocalPoint.Data;

/// <summary>Where SQLite and PostgreSQL differ, the difference is handled here and nowhere else.</summary>
internal static class ProviderConventions
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public static void Apply(ModelConfigurationBuilder builder, string? providerName)
    {
        if (providerName == SqliteProvider)
        {
            // SQLite has no time zone: values are written as UTC text and must come back marked as UTC.
            builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
