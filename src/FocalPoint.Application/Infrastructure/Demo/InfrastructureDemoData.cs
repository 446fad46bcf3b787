using FocalPoint.Data;
using FocalPoint.Domain.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Infrastructure.Demo;

/// <summary>
/// Synthetic critical-infrastructure operators, recognisably so ("(demo)", ".example" contacts), each with assets and an
/// approved security plan. The energy sector's level was raised a day ago past what its operators confirmed, so the
/// demo operator meets measures to apply; one plan is overdue for review. The same seed gives the same rows.
/// </summary>
public sealed class InfrastructureDemoData(FocalPointDbContext db, TimeProvider time)
{
    /// <summary>The demo account of the first operator.</summary>
    public const string OperatorUserName = "operator";

    private static readonly (string Name, CriticalSector Sector, string Asset)[] Operators =
    [
        ("Demo Electricity Transmission Operator (demo)", CriticalSector.Energy, "Substation"),
        ("Demo Power Plant (demo)", CriticalSector.Energy, "Generation unit"),
        ("Demo Regional Water Company (demo)", CriticalSector.DrinkingWater, "Treatment plant"),
        ("Demo International Airport (demo)", CriticalSector.Transport, "Terminal"),
        ("Demo Railway Operator (demo)", CriticalSector.Transport, "Signalling centre"),
        ("Demo University Hospital (demo)", CriticalSector.Health, "Emergency wing"),
        ("Demo Central Bank Payments (demo)", CriticalSector.Banking, "Data centre"),
        ("Demo Telecom Backbone (demo)", CriticalSector.DigitalInfrastructure, "Exchange"),
    ];

    private static readonly (string Scenario, string Vulnerabilities, RiskRating Impact)[] Risks =
    [
        ("Armed intrusion into a site (demo)", "Long fence line, one guard post at night", RiskRating.High),
        ("Explosive device at the perimeter (demo)", "Parking close to critical equipment", RiskRating.High),
        ("Insider sabotage (demo)", "Shared keys, no two-person rule", RiskRating.Medium),
    ];

    private static readonly (string Text, ThreatLevel? From)[] Measures =
    [
        ("Access control with badges at every gate (demo)", null),
        ("Camera coverage of the perimeter, recorded 30 days (demo)", null),
        ("Vehicle checks at the gate, visitors escorted (demo)", ThreatLevel.Substantial),
        ("Second guard post manned around the clock; parking near equipment closed (demo)", ThreatLevel.Severe),
        ("Site closed to visitors; police liaison on site (demo)", ThreatLevel.Critical),
    ];

    public async Task<int> SeedAsync(int seed, CancellationToken cancellationToken = default)
    {
        if (await db.InfrastructureOperators.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var random = new Random(seed);
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        for (var i = 0; i < Operators.Length; i++)
        {
            var (name, sector, asset) = Operators[i];
            var op = new InfrastructureOperator
            {
                Name = name, Sector = sector, Contact = $"security@operator{i + 1}.example",
                LiaisonOfficer = $"Demo Liaison Officer {i + 1}", LiaisonContact = $"+383 38 000 {100 + i}",
                Assets = [new() { Name = $"{asset} North (demo)", Location = "Prishtinë" }, new() { Name = $"{asset} South (demo)", Location = "Prizren" }],
                Plans =
                [
                    new()
                    {
                        Number = 1, Status = PlanStatus.Approved, ApprovedAtUtc = now.AddDays(-random.Next(60, 300)), ApprovedBy = "ciministry",
                        ReviewDue = i == 2 ? today.AddDays(-12) : today.AddDays(random.Next(20, 300)), AppliedLevel = ThreatLevel.Moderate,
                        Risks = [.. Risks.Select(r => new PlanRisk { Scenario = r.Scenario, Vulnerabilities = r.Vulnerabilities, Impact = r.Impact })],
                        Measures = [.. Measures.Select(m => new PlanMeasure { Text = m.Text, FromLevel = m.From })],
                    },
                ],
            };
            if (i == 0)
            {
                op.Members.Add(new InfrastructureOperatorMember { UserName = OperatorUserName });
            }

            db.InfrastructureOperators.Add(op);
        }

        foreach (var sector in Operators.Select(o => o.Sector).Distinct())
        {
            db.ThreatLevelChanges.Add(new ThreatLevelChange { Sector = sector, Level = ThreatLevel.Moderate, Reason = "Baseline assessment (demo)", SetAtUtc = now.AddDays(-90), SetBy = "ciministry" });
        }

        db.ThreatLevelChanges.Add(new ThreatLevelChange { Sector = CriticalSector.Energy, Level = ThreatLevel.Severe, Reason = "Reported reconnaissance of substations (demo)", SetAtUtc = now.AddDays(-1), SetBy = "ciministry" });
        await db.SaveChangesAsync(cancellationToken);
        return Operators.Length;
    }
}
