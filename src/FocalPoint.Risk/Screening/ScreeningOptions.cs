namespace FocalPoint.Risk.Screening;

/// <summary>How a screening run behaves.</summary>
/// <param name="ControlRate">Share of records drawn at random for a control check, in [0, 1].</param>
/// <param name="ControlSeed">Seed of the draw: the same seed draws the same records, so a run can be replayed.</param>
/// <param name="Workers">Screening threads; records are split between them by vehicle so travel patterns stay whole.</param>
public sealed record ScreeningOptions(double ControlRate = 0.005, ulong ControlSeed = 0x5EED, int Workers = 1);
