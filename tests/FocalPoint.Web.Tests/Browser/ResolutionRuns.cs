namespace FocalPoint.Web.Tests.Browser;

/// <summary>
/// Browser tests that start entity-resolution runs: one run at a time per process (RunResolution refuses a second),
/// so these classes run one after the other rather than in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ResolutionRuns
{
    public const string Name = "Entity resolution runs";
}
