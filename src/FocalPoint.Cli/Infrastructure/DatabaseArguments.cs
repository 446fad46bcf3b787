using System.CommandLine;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Protection;
using FocalPoint.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace FocalPoint.Cli.Infrastructure;

/// <summary>The --provider and --connection options every database verb shares; defaults match the web app's.</summary>
public sealed class DatabaseArguments
{
    public Option<DatabaseProvider> Provider { get; } = new("--provider")
    {
        Description = "Sqlite (default) or PostgreSQL.",
        DefaultValueFactory = _ => DatabaseProvider.Sqlite,
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "Connection string; for SQLite the default is data/focalpoint.db (the web app's database).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    /// <summary>DataProtection__CertificatePath and __CertificatePassword, as the web nodes read them: the CLI must decrypt the same key ring.</summary>
    private static KeyProtectionOptions KeysFromEnvironment =>
        KeyProtectionOptions.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    public FocalPointDbContext CreateContext(ParseResult parse, string operatorName)
    {
        var options = new DatabaseOptions { Provider = parse.GetValue(Provider) };
        var connection = parse.GetValue(Connection);
        if (options.Provider == DatabaseProvider.PostgreSQL && string.IsNullOrWhiteSpace(connection))
        {
            throw new UserErrorException("--connection is required with --provider PostgreSQL.");
        }

        var builder = new DbContextOptionsBuilder<FocalPointDbContext>();
        DataServiceCollectionExtensions.Configure(builder, options, connection);
        builder.UseFieldProtection(DataProtectionSetup.CreateStandalone(options, connection, KeysFromEnvironment));
        builder.AddInterceptors(new AuditStampInterceptor(TimeProvider.System, new SystemUser(operatorName)));
        return new FocalPointDbContext(builder.Options);
    }
}
