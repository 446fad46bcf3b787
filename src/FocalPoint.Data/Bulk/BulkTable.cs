using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FocalPoint.Data.Bulk;

/// <summary>Table name and columns of one entity type, read once from the EF model.</summary>
internal sealed class BulkTable
{
    private static readonly ConcurrentDictionary<(IModel, Type), BulkTable> Cache = new();

    private BulkTable(string name, IReadOnlyList<BulkColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }
    public IReadOnlyList<BulkColumn> Columns { get; }

    public static BulkTable For(IModel model, Type clrType) => Cache.GetOrAdd((model, clrType), key =>
    {
        var entityType = key.Item1.FindEntityType(key.Item2)
            ?? throw new InvalidOperationException($"{key.Item2.Name} is not part of the model.");
        var tableName = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => !p.IsShadowProperty())
            .Select(p => new BulkColumn(p, p.GetColumnName(store)!))
            .ToList();
        return new BulkTable(tableName, columns);
    });
}

internal sealed class BulkColumn(IProperty property, string name)
{
    private readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? converter =
        property.GetTypeMapping().Converter;

    private readonly IClrPropertyGetter getter = property.GetGetter();

    public string Name { get; } = name;

    /// <summary>The type written to the database (after the value converter), without Nullable.</summary>
    public Type ProviderType { get; } = ProviderTypeOf(property);

    /// <summary>The PostgreSQL type name without facets, as binary COPY wants it.</summary>
    public string PostgresType { get; } = StripFacets(property.GetColumnType());

    public object? Read(object entity)
    {
        var value = getter.GetClrValueUsingContainingEntity(entity);
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }

    private static Type ProviderTypeOf(IProperty property)
    {
        var type = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private static string StripFacets(string columnType)
    {
        var parenthesis = columnType.IndexOf('(', StringComparison.Ordinal);
        return parenthesis < 0 ? columnType : columnType[..parenthesis];
    }
}
