namespace FocalPoint.Risk.Screening;

/// <summary>What a run screened and found.</summary>
/// <param name="Records">Records screened.</param>
/// <param name="Selected">Records handed to the officer (risk hits and control draws).</param>
/// <param name="RiskHits">Records selected by a profile or the watch-list.</param>
/// <param name="WatchListHits">Records with a watch-list match.</param>
/// <param name="ControlChecks">Records drawn at random for a control check.</param>
/// <param name="HitsPerProfile">Hits per profile id and version.</param>
/// <param name="Profiles">The profile versions the run screened with.</param>
/// <param name="Skipped">Profiles left out, with the reason.</param>
public sealed record ScreeningSummary(
    long Records,
    long Selected,
    long RiskHits,
    long WatchListHits,
    long ControlChecks,
    IReadOnlyDictionary<(string Id, int Version), long> HitsPerProfile,
    IReadOnlyList<(string Id, int Version, string Name)> Profiles,
    IReadOnlyList<SkippedProfile> Skipped);

/// <summary>Counts hits as a run hands them out.</summary>
internal sealed class SummaryCounter(ScreeningPlan plan)
{
    private readonly Dictionary<(string, int), long> perProfile = plan.Profiles.ToDictionary(p => (p.Id, p.Version), _ => 0L);
    private long selected, risk, watch, control;

    public void Count(ScreeningHit hit)
    {
        selected++;
        if (hit.IsRiskHit) risk++;
        if (hit.WatchMatches.Count > 0) watch++;
        if (hit.ControlCheck) control++;
        foreach (var p in hit.Profiles) perProfile[(p.ProfileId, p.Version)]++;
    }

    public ScreeningSummary Finish(long records) => new(records, selected, risk, watch, control, perProfile,
        [.. plan.Profiles.Select(p => (p.Id, p.Version, p.Name))], plan.Skipped);
}
