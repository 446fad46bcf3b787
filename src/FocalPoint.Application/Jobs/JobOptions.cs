using System.ComponentModel.DataAnnotations;

namespace FocalPoint.Application.Jobs;

/// <summary>The background scheduler (section "Jobs", ADR 0024). The defaults here repeat appsettings.json.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this node runs scheduled jobs at all (a node can be kept for requests only).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduler looks for due jobs (and for an administrator's "run now").</summary>
    [Range(1, 3600)] public int PollSeconds { get; set; } = 15;

    /// <summary>How long a lease lasts without renewal: a dead node's job is taken over after at most this long.</summary>
    [Range(5, 3600)] public int LeaseSeconds { get; set; } = 60;

    /// <summary>Per job name, minutes between runs, overriding the job's own default.</summary>
    public Dictionary<string, int> IntervalMinutes { get; set; } = [];

    public TimeSpan LeaseDuration => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>Renewals come three times per lease, so one slow renewal never loses it. Tests shorten it.</summary>
    public TimeSpan? RenewEvery { get; set; }

    public TimeSpan RenewalPeriod => RenewEvery ?? LeaseDuration / 3;

    public bool IsValid() => IntervalMinutes.Values.All(m => m is >= 1 and <= 60 * 24 * 366);
}
