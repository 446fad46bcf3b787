namespace FocalPoint.Risk.Profiles;

/// <summary>
/// A risk profile as screening uses it: one approved version of an indicator set. A record hits the profile when the
/// weights of the indicators that fire add up to at least <see cref="Threshold"/>.
/// </summary>
/// <param name="Id">Stable id across versions.</param>
/// <param name="Version">The version screened; a hit names it.</param>
/// <param name="Name">Title shown with hits.</param>
/// <param name="Threshold">Score a record must reach to hit.</param>
/// <param name="Indicators">The indicators with weights and explanations.</param>
/// <param name="ValidFrom">First day it screens.</param>
/// <param name="ValidTo">Last day it screens; past it the profile is stale and stops.</param>
public sealed record RiskProfile(
    string Id,
    int Version,
    string Name,
    double Threshold,
    IReadOnlyList<Indicator> Indicators,
    DateOnly ValidFrom,
    DateOnly ValidTo)
{
    /// <summary>Whether the profile screens on a given day.</summary>
    public bool IsValidOn(DateOnly day) => day >= ValidFrom && day <= ValidTo;
}
