using System.CommandLine;
using FocalPoint.Application;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Cli.Infrastructure;

/// <summary>The application's use cases (import, resolution) wired for one CLI run: the operator as an unrestricted user, the real audit log.</summary>
internal sealed class CliServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private CliServices(ServiceProvider provider) => this.provider = provider;

    public static async Task<CliServices> CreateAsync(ParseResult parse, DatabaseArguments database, string user, CancellationToken ct)
    {
        await using (var db = database.CreateContext(parse, user))
        {
            await new DatabaseInitializer(db).MigrateAsync(ct);
        }

        // Audit__AnchorKey and Import__* from the environment, as the web app would read them.
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IAccessContext>(new FixedAccessContext(UserAccess.System(user)));
        services.AddSingleton<ICurrentUser>(new SystemUser(user));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<FocalPointDbContext>(_ => database.CreateContext(parse, user));
        services.AddFocalPointAudit(configuration);
        services.AddFocalPointApplication();
        services.Configure<Application.Import.ImportOptions>(configuration.GetSection(Application.Import.ImportOptions.Section));
        services.Configure<Application.Sharing.SharingOptions>(configuration.GetSection(Application.Sharing.SharingOptions.Section));
        services.Configure<Application.Reports.Pdf.PdfOptions>(configuration.GetSection(Application.Reports.Pdf.PdfOptions.Section));
        return new CliServices(services.BuildServiceProvider(validateScopes: true));
    }

    public async Task<TResult> RunAsync<THandler, TResult>(Func<THandler, Task<TResult>> action)
        where THandler : notnull
    {
        await using var scope = provider.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    /// <summary>Drains and anchors the audit log before the process ends.</summary>
    public async ValueTask DisposeAsync()
    {
        await provider.GetRequiredService<AuditWriter>().StopAsync(CancellationToken.None);
        await provider.DisposeAsync();
    }
}
