using System.ComponentModel.DataAnnotations;

namespace FocalPoint.Application.Network;

/// <summary>Limits and refresh times of the link chart (section "LinkChart").</summary>
public sealed class LinkChartOptions
{
    public const string Section = "LinkChart";

    /// <summary>An expansion adding more nodes than this must be confirmed with the count shown.</summary>
    [Range(1, 100_000)]
    public int ConfirmAbove { get; set; } = 500;

    /// <summary>No chart holds more nodes than this: a larger expansion is refused and the user narrows it.</summary>
    [Range(10, 100_000)]
    public int MaxNodes { get; set; } = 5_000;

    /// <summary>How often (seconds) the registry stamp is compared with the snapshot's; a change triggers a rebuild.</summary>
    [Range(1, 3_600)]
    public int StampCheckSeconds { get; set; } = 30;

    /// <summary>A snapshot older than this (minutes) is rebuilt even with the same stamp, so in-place edits show up.</summary>
    [Range(1, 1_440)]
    public int MaxSnapshotAgeMinutes { get; set; } = 10;

    /// <summary>How long (seconds) a user's access profile (agency, roles, incidents reached through their cases) is reused before it is read again.</summary>
    [Range(0, 600)]
    public int VisibleGraphSeconds { get; set; } = 30;

    /// <summary>At most this many access profiles' visibility masks (two bit arrays each) are kept per snapshot.</summary>
    [Range(1, 1_000)]
    public int VisibleGraphCacheSize { get; set; } = 16;
}
