using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Data.Protection;

public static class FieldProtectionOptions
{
    /// <summary>
    /// Encrypts the sensitive columns with <paramref name="protection"/> and keeps their search indexes up to date.
    /// Every context that reads or writes registry data needs it: the web app, the CLI, the tests, the benchmarks.
    /// </summary>
    public static DbContextOptionsBuilder UseFieldProtection(this DbContextOptionsBuilder options, FieldProtection protection)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new FieldProtectionExtension(protection));
        options.ReplaceService<IModelCacheKeyFactory, FieldProtectionModelCacheKeyFactory>();
        options.AddInterceptors(new FieldIndexInterceptor(protection));
        return options;
    }

    public static DbContextOptionsBuilder<TContext> UseFieldProtection<TContext>(this DbContextOptionsBuilder<TContext> options, FieldProtection protection)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)((DbContextOptionsBuilder)options).UseFieldProtection(protection);
}

/// <summary>Carries the protection into the model builder; it adds no services, so all contexts share one service provider.</summary>
internal sealed class FieldProtectionExtension(FieldProtection protection) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? info;

    public FieldProtection Protection { get; } = protection;

    public DbContextOptionsExtensionInfo Info => info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "FieldProtection ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["FieldProtection"] = "1";
    }
}

/// <summary>
/// The model holds value converters bound to one key ring, so it is cached per protection instance: tests host
/// several apps with different key rings in one process, and each must get a model with its own converters.
/// </summary>
internal sealed class FieldProtectionModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), FieldProtection.Find(context), designTime);
}
