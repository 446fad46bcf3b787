namespace FocalPoint.Linkage;

/// <summary>
/// Two comparisons whose agreement goes together among random pairs (non-matches): their evidence overlaps.
/// </summary>
/// <param name="First">One comparison's name.</param>
/// <param name="Second">The other's.</param>
/// <param name="Lift">How many times more often both agree than if they were independent.</param>
/// <param name="Conditional">The share of agreements on the rarer-agreeing one that come with agreement on the other.</param>
/// <param name="Combined">True when the run compared them as one field; false when it only warns.</param>
public sealed record DependenceReport(string First, string Second, double Lift, double Conditional, bool Combined)
{
    /// <summary>Found by the check after EM, on the compared pairs read through the fitted model (not on random pairs before it).</summary>
    public bool AfterFit { get; init; }

    /// <summary>The advice shown beside the warning.</summary>
    public string Advice => (Combined, AfterFit) switch
    {
        (true, _) => $"'{First}' and '{Second}' carry the same evidence: they were compared as one field.",
        (_, true) => $"After fitting, '{First}' and '{Second}' still agree together among the pairs the model calls non-matches ({Lift:0.#} times more often than chance): their evidence is counted twice; remove one, or set dependentFields to \"combine\".",
        _ => $"'{First}' and '{Second}' carry the same evidence (both agree {Lift:0.#} times more often than chance): remove one, or set dependentFields to \"combine\".",
    };
}
