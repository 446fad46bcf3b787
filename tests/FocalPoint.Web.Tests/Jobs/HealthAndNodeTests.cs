using System.Collections.Concurrent;
using System.Net;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using FocalPoint.Web.Hosting;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FocalPoint.Web.Tests.Jobs;

public sealed class HealthAndNodeTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task Health_NodeServing_AnswersHealthyAndNothingElseWithoutSigningIn(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthReady_LeaseTableGoneAndMigrationPending_ReportsBothUnhealthy()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("""DROP TABLE "JobLeases"; DELETE FROM "__EFMigrationsHistory";""");
        }

        var services = new ServiceCollection().AddLogging().AddScoped(_ => database.CreateContext());
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database").AddCheck<MigrationsHealthCheck>("migrations").AddCheck<LeaseTableHealthCheck>("leases");
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries["database"].Status);
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["migrations"].Status);
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["leases"].Status);
    }

    [Fact]
    public void Logs_AnyCategory_CarryTheConfiguredNodeId()
    {
        var capture = new CapturingLoggerProvider();
        using var node = app.WithWebHostBuilder(b => b.UseSetting("Node:Id", "node-test-7").ConfigureLogging(l => l.AddProvider(capture)));

        node.Services.GetRequiredService<ILogger<HealthAndNodeTests>>().LogInformation("Probe {Value}", 1);

        var record = Assert.Single(capture.Records, r => r.Message == "Probe 1");
        Assert.Contains(new KeyValuePair<string, object?>("NodeId", "node-test-7"), record.State);
    }

    private sealed record Captured(string Message, IReadOnlyList<KeyValuePair<string, object?>> State);

    /// <summary>Keeps each record's message and structured fields, as a log shipper would receive them.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentBag<Captured> Records { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Records.Add(new Captured(formatter(state, exception), state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
        }
    }
}
