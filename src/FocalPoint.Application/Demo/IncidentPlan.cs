using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Demo;

/// <summary>One incident to build: when (local time in Kosovo), what kind, and its share of the yearly quotas.</summary>
internal readonly record struct PlannedIncident(DateTime Local, IncidentKind Kind, int Firearms, int Rounds);

/// <summary>
/// The published figures the demo data reproduces (DOMAIN.md 5.8) and the shares and seasons of the other kinds.
/// </summary>
internal static class DemoFigures
{
    public const int FirstYear = 2018;
    public const int LastYear = 2024;

    /// <summary>Firearms seized by Kosovo Police per year; 2018 and 2024 are estimates between the published years.</summary>
    public static readonly int[] SeizedFirearms = [1_310, 1_439, 1_135, 1_280, 1_473, 1_392, 1_350];

    /// <summary>Rounds in seizure incidents per year: the published totals (29,903 in 2022, 37,215 in 2023, >42,000 in 2021) less
    /// the 9,000 or so rounds the other kinds carry.</summary>
    public static readonly int[] SeizedRounds = [24_500, 26_100, 23_300, 33_800, 22_000, 29_300, 28_000];

    /// <summary>Incidents per year at scale 1 for every kind but seizures, whose count follows from the firearms.</summary>
    public static readonly Dictionary<IncidentKind, double> YearlyIncidents = new()
    {
        [IncidentKind.Found] = 70,
        [IncidentKind.VoluntarySurrender] = 60,
        [IncidentKind.ShootingOrMisuse] = 120,
        [IncidentKind.CelebratoryShooting] = 110,
        [IncidentKind.DomesticViolence] = 60,
        [IncidentKind.ThreatWithWeapon] = 80,
        [IncidentKind.TheftOrLoss] = 45,
        [IncidentKind.Accident] = 20,
        [IncidentKind.Suicide] = 15,
        [IncidentKind.CrossingPointDetection] = 42,
        [IncidentKind.TraffickingAttempt] = 16,
    };

    /// <summary>Monthly weights (mean 1): New Year, the summer wedding season and the diaspora's return.</summary>
    public static double[] Season(IncidentKind kind) => kind switch
    {
        IncidentKind.CelebratoryShooting => [3.0, 0.4, 0.5, 0.6, 0.9, 1.5, 1.9, 1.9, 0.9, 0.5, 0.9, 2.0],
        IncidentKind.CrossingPointDetection or IncidentKind.TraffickingAttempt => [1.2, 0.7, 0.7, 0.8, 0.9, 1.1, 1.6, 1.7, 1.0, 0.8, 0.8, 1.2],
        IncidentKind.VoluntarySurrender => [0.8, 0.8, 1.0, 1.2, 1.3, 1.1, 0.9, 0.8, 1.0, 1.1, 1.1, 0.9],
        IncidentKind.Seizure => [0.9, 0.85, 0.95, 1.0, 1.05, 1.1, 1.15, 1.1, 1.0, 0.95, 0.95, 1.0],
        _ => [0.9, 0.9, 0.95, 1.0, 1.05, 1.1, 1.15, 1.1, 1.0, 0.95, 0.9, 1.0],
    };
}
