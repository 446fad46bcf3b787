namespace FocalPoint.Linkage;

/// <summary>How EM went on one blocking rule's pairs: the start whose solution had the highest likelihood.</summary>
public sealed class TrainingRun
{
    /// <summary>The blocking rule whose pairs were used.</summary>
    public string Rule { get; set; } = "";

    /// <summary>Candidate pairs of that rule.</summary>
    public double Pairs { get; set; }

    /// <summary>Starts tried; the best is kept.</summary>
    public int Starts { get; set; }

    /// <summary>Which start (0-based) gave the kept solution.</summary>
    public int BestStart { get; set; }

    /// <summary>Iterations of the kept start.</summary>
    public int Iterations { get; set; }

    /// <summary>Log-likelihood (natural log) of the rule's pairs under the kept solution.</summary>
    public double LogLikelihood { get; set; }

    /// <summary>The share of the rule's pairs EM judged to be matches.</summary>
    public double MatchShare { get; set; }
}
