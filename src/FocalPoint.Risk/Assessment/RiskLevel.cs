namespace FocalPoint.Risk.Assessment;

/// <summary>The band a combined risk score falls in.</summary>
public enum RiskLevel
{
    /// <summary>Score below the medium band.</summary>
    Low,
    /// <summary>Score in the medium band.</summary>
    Medium,
    /// <summary>Score in the high band.</summary>
    High,
    /// <summary>Score at or above the critical band.</summary>
    Critical,
}

/// <summary>Lower bounds of the medium, high and critical bands on the [0, 1] score.</summary>
public sealed record RiskBands(double Medium, double High, double Critical)
{
    /// <summary>Quarters: 0.25, 0.5, 0.75.</summary>
    public static RiskBands Quarters { get; } = new(0.25, 0.5, 0.75);

    /// <summary>The band of a score.</summary>
    public RiskLevel LevelOf(double score) =>
        score >= Critical ? RiskLevel.Critical : score >= High ? RiskLevel.High : score >= Medium ? RiskLevel.Medium : RiskLevel.Low;
}
