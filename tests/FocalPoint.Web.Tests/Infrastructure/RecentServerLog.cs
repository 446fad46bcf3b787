using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FocalPoint.Web.Tests.Infrastructure;

/// <summary>
/// The app's last few hundred log lines (warnings and above, and each request's start and end), kept so that a browser
/// test that times out can say what the server was doing meanwhile instead of only "Timeout 90000ms exceeded".
/// </summary>
public sealed class RecentServerLog : ILoggerProvider
{
    private const int Capacity = 400;
    private readonly ConcurrentQueue<string> lines = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public IReadOnlyList<string> Tail(int count) => lines.ToArray().TakeLast(count).ToList();

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        lines.Enqueue(line);
        while (lines.Count > Capacity && lines.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(RecentServerLog owner, string category) : ILogger
    {
        private readonly bool requests = category.StartsWith("Microsoft.AspNetCore.Hosting.Diagnostics", StringComparison.Ordinal);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning || (requests && logLevel >= LogLevel.Information);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var error = exception is null ? "" : $" [{exception.GetType().Name}: {exception.Message}]";
                owner.Add($"{TimeProvider.System.GetUtcNow().UtcDateTime:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{error}");
            }
        }
    }
}
