namespace FocalPoint.Risk.Assessment;

/// <summary>
/// The four CIRAM 2.0 inputs of one assessment: threat (magnitude and likelihood), vulnerability and impact,
/// each a value on the model's scale.
/// </summary>
public sealed record AssessmentInputs(int Magnitude, int Likelihood, int Vulnerability, int Impact)
{
    /// <summary>The inputs with their names, in the order CIRAM lists them.</summary>
    public IEnumerable<(string Name, int Value)> Named()
    {
        yield return ("magnitude", Magnitude);
        yield return ("likelihood", Likelihood);
        yield return ("vulnerability", Vulnerability);
        yield return ("impact", Impact);
    }
}
