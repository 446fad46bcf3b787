namespace FocalPoint.Domain.Incidents;

/// <summary>
/// The highest incident reference number ever issued in one year (FP-2024-000123 → 123). It only grows, so a number
/// freed by a deleted incident or a rolled-back import is never issued again to a different incident.
/// </summary>
public class ReferenceSeries
{
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
