using FocalPoint.Data.Setup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Data.Protection;

/// <summary>
/// One data-protection key ring per database, kept in the database itself (DataProtectionKeys): data written today
/// is readable tomorrow and by every node, and sign-in cookies survive a restart. See ADR 0007 for its limits.
/// </summary>
public static class DataProtectionSetup
{
    /// <summary>Fixed so that every host (web nodes, CLI) shares the same keys; the default would differ per install path.</summary>
    public const string ApplicationName = "FocalPoint";

    public static IServiceCollection AddFocalPointDataProtection(this IServiceCollection services, KeyProtectionOptions? keys = null)
    {
        keys ??= new KeyProtectionOptions();
        services.AddSingleton(keys);
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<FocalPointDbContext>();
        if (keys.Protected)
        {
            // Decryption names the certificate too: the default looks it up in the machine's certificate store, where a
            // certificate read from a file is not.
            var certificate = keys.LoadCertificate();
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        services.AddSingleton(sp => new FieldProtection(sp.GetRequiredService<IDataProtectionProvider>()));
        return services;
    }

    /// <summary>
    /// For code that builds its contexts by hand (CLI, tests, benchmarks): a key ring of its own over the same
    /// database, hence the same keys as the web app. Lives as long as the process.
    /// </summary>
    public static FieldProtection CreateStandalone(DatabaseOptions database, string? connectionString, KeyProtectionOptions? keys = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFocalPointDataProtection(keys);
        services.AddDbContext<FocalPointDbContext>((sp, options) =>
        {
            DataServiceCollectionExtensions.Configure(options, database, connectionString);
            options.UseFieldProtection(sp.GetRequiredService<FieldProtection>());
        });
        return services.BuildServiceProvider().GetRequiredService<FieldProtection>();
    }
}
