using FocalPoint.Linkage.Comparison;

namespace FocalPoint.Linkage;

/// <summary>The engine's string comparators, for callers that rank candidates as the engine would (person search).</summary>
public static class Similarity
{
    /// <summary>Jaro-Winkler similarity in [0, 1]; 1 for equal strings.</summary>
    public static double JaroWinkler(string a, string b) => Comparison.JaroWinkler.Similarity(a, b);
}
