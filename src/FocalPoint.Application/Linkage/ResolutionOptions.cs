using FocalPoint.Domain.Resolution;
using FocalPoint.Linkage;

namespace FocalPoint.Application.Linkage;

/// <summary>
/// Entity-resolution settings (section "Resolution"). Without a file the shipped settings of docs/examples are used;
/// the band of doubt defaults to the settings' review and match thresholds.
/// </summary>
public sealed class ResolutionOptions
{
    public const string Section = "Resolution";

    /// <summary>A linkage settings file (as for <c>focalpoint link</c>) for persons, or null for the shipped one.</summary>
    public string? PersonSettingsFile { get; set; }

    /// <summary>The same for firearms.</summary>
    public string? FirearmSettingsFile { get; set; }

    /// <summary>Pairs at or above this probability, in different entities, go to the review queue; null: the settings' review threshold.</summary>
    public double? ReviewFrom { get; set; }

    /// <summary>Pairs below this probability go to the review queue; null: the settings' match threshold.</summary>
    public double? ReviewBelow { get; set; }

    /// <summary>Split labels (records moved out × records kept) are capped so a large split cannot flood the table.</summary>
    public int MaxSplitLabels { get; set; } = 200;

    /// <summary>The first fault of these options, or null: checked at start so a bad band stops the host with its name.</summary>
    public string? Problem()
    {
        if (ReviewFrom is < 0 or > 1 || ReviewBelow is < 0 or > 1 || (ReviewFrom is { } from && ReviewBelow is { } below && from >= below))
        {
            return "Resolution:ReviewFrom and Resolution:ReviewBelow must lie within 0..1, ReviewFrom below ReviewBelow.";
        }

        foreach (var file in new[] { PersonSettingsFile, FirearmSettingsFile })
        {
            if (file is not null && !File.Exists(file))
            {
                return $"Resolution settings file not found: {file}.";
            }
        }

        return MaxSplitLabels < 0 ? "Resolution:MaxSplitLabels must not be negative." : null;
    }

    public LinkageSettings SettingsFor(ResolvedKind kind)
    {
        var file = kind == ResolvedKind.Person ? PersonSettingsFile : FirearmSettingsFile;
        if (file is not null)
        {
            return LinkageSettings.FromJson(File.ReadAllText(file));
        }

        using var stream = typeof(ResolutionOptions).Assembly.GetManifestResourceStream($"FocalPoint.Linkage.{kind}.json")
            ?? throw new InvalidOperationException($"The shipped {kind} linkage settings are missing from the build.");
        using var reader = new StreamReader(stream);
        return LinkageSettings.FromJson(reader.ReadToEnd());
    }

    /// <summary>The band of doubt [from, below) for one settings file.</summary>
    public (double From, double Below) BandFor(LinkageSettings settings) =>
        (ReviewFrom ?? settings.ReviewThreshold, ReviewBelow ?? settings.MatchThreshold);
}
