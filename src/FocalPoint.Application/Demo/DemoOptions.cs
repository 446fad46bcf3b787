namespace FocalPoint.Application.Demo;

/// <summary>
/// How much demo data to generate. The same seed and scale always give the same data. Scale 1 is about
/// 10,000 incidents from 2018 to 2024; the published yearly seizure totals are multiplied by the scale.
/// </summary>
public sealed record DemoOptions(int Seed = 20181, double Scale = 1.0)
{
    /// <summary>Incidents per batch: small at demo size, larger at benchmark size so that batches stay few.</summary>
    public int BatchSize => Scale <= 5 ? 2_000 : 10_000;
}
