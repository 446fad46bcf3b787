using System.Globalization;

namespace FocalPoint.Application.Jobs;

/// <summary>
/// This process among the nodes sharing a database: the owner written on leases and job runs, and a field of every
/// log line. Configuration <c>Node:Id</c>; by default the machine name and the process id, unique on one machine.
/// </summary>
public sealed record JobNode(string Id)
{
    public const string Section = "Node";

    public static JobNode Default { get; } = new(string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}"));

    public static JobNode From(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? Default : new JobNode(configured.Trim());
}
