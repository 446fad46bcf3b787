using System.Globalization;
using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.Profiles;
using FocalPoint.Risk.WatchList;

namespace FocalPoint.Risk.Screening;

/// <summary>An indicator that fired on a record, with its weight and the reason in words.</summary>
/// <param name="Position">0-based position of the indicator in its profile.</param>
/// <param name="Kind">What it tests.</param>
/// <param name="Weight">What it added to the score.</param>
/// <param name="Explanation">The profile author's explanation.</param>
/// <param name="Detail">What on the record made it fire, e.g. "crossing point KS-MRD" (never a name).</param>
public sealed record FiredIndicator(int Position, IndicatorKind Kind, double Weight, string Explanation, string Detail);

/// <summary>A profile a record reached, naming the version screened.</summary>
public sealed record ProfileHit(string ProfileId, int Version, string Name, double Score, double Threshold, IReadOnlyList<FiredIndicator> Fired);

/// <summary>
/// A record selected for the officer: advice, never a decision. It hit one or more profiles, matched the watch-list,
/// or was drawn at random for a control check (or several of these).
/// </summary>
/// <param name="Sequence">0-based position of the record in the screened stream.</param>
/// <param name="Record">The crossing.</param>
/// <param name="Profiles">Profiles reached, highest score first.</param>
/// <param name="WatchMatches">Watch-list entries matched, best first.</param>
/// <param name="ControlCheck">Drawn at random so that the profiles' precision is measured.</param>
public sealed record ScreeningHit(long Sequence, CrossingRecord Record, IReadOnlyList<ProfileHit> Profiles, IReadOnlyList<WatchMatch> WatchMatches, bool ControlCheck)
{
    /// <summary>Whether anything but the random draw selected the record.</summary>
    public bool IsRiskHit => Profiles.Count > 0 || WatchMatches.Count > 0;

    /// <summary>Each fired indicator in words: "S1/v1: returned the same day (+2): explanation". No traveller's name.</summary>
    public IEnumerable<string> ReasonLines() => Profiles.SelectMany(p => p.Fired.Select(f =>
        string.Create(CultureInfo.InvariantCulture, $"{p.ProfileId}/v{p.Version}: {f.Detail} (+{f.Weight:0.##}): {f.Explanation}")));

    /// <summary>Each watch-list match as "person 2 ~ E-17 (0.94)": the entity to ask about, never the incident behind it.</summary>
    public IEnumerable<string> WatchLines() => WatchMatches.Select(m =>
        string.Create(CultureInfo.InvariantCulture, $"{m.Field} ~ {m.Entry.EntityId} ({m.Similarity:0.00}{(m.BirthDateAgrees ? ", birth date agrees" : "")})"));
}
