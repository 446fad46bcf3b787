using System.Collections.Concurrent;
using FocalPoint.Application.Security;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Testing;

/// <summary>A fixed acting user for use-case tests.</summary>
public sealed class FixedAccessContext(UserAccess access) : IAccessContext
{
    public Task<UserAccess> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(access);
}

/// <summary>Keeps audit events in memory so a test can assert exactly which entries an action wrote.</summary>
public sealed class RecordingAuditLog : IAuditLog
{
    private readonly ConcurrentQueue<AuditEvent> events = new();

    public IReadOnlyList<AuditEvent> Events => events.ToList();

    public ValueTask RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        events.Enqueue(auditEvent);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Users as the access rules see them.</summary>
public static class TestUsers
{
    public static UserAccess Analyst(string name = "analyst", ReportingAgency agency = ReportingAgency.KosovoPolice, params long[] cases) =>
        new(name, new HashSet<string> { "Analyst" }, agency, cases.ToHashSet());

    public static UserAccess Commander(string name = "commander") =>
        new(name, new HashSet<string> { "Commander" }, ReportingAgency.KosovoPolice, new HashSet<long>());

    public static UserAccess Administrator(string name = "admin") =>
        new(name, new HashSet<string> { "Administrator" }, ReportingAgency.KosovoPolice, new HashSet<long>());
}
