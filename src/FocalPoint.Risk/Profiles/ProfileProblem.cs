namespace FocalPoint.Risk.Profiles;

/// <summary>Why a profile is refused.</summary>
public enum ProfileProblemCode
{
    /// <summary>No indicators.</summary>
    Empty,
    /// <summary>No name, or validity ends before it starts.</summary>
    BadHeader,
    /// <summary>A threshold of zero or less would hit every record.</summary>
    HitsEverything,
    /// <summary>One indicator can never fire (no values, an empty window, zero visits, bad similarity).</summary>
    IndicatorNeverFires,
    /// <summary>A weight of zero or less, or no explanation.</summary>
    BadIndicator,
    /// <summary>All weights together stay below the threshold.</summary>
    NeverFires,
    /// <summary>Indicators exclude each other, so no record can reach the threshold.</summary>
    Contradictory,
}

/// <summary>One reason a profile is refused, naming the indicators at fault (0-based positions).</summary>
public sealed record ProfileProblem(ProfileProblemCode Code, string Message, IReadOnlyList<int> Indicators);
