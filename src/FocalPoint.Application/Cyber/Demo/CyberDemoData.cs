using FocalPoint.Application.Cyber.Reporting;
using FocalPoint.Data;
using FocalPoint.Domain.Cyber;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cyber.Demo;

/// <summary>
/// Synthetic cyber incidents for the demo, recognisably so: organisations named "(demo)", documentation-range IP
/// addresses (RFC 5737/3849) and ".example" domains (RFC 2606), codes CY-DEMO-nnnn. The same seed gives the same
/// rows, placed relative to the clock so that the queue always has fresh, due and overdue clocks.
/// </summary>
public sealed class CyberDemoData(FocalPointDbContext db, TimeProvider time)
{
    /// <summary>The demo account that reports for the first organisation.</summary>
    public const string ReporterUserName = "cyberreporter";

    /// <summary>Every demo report is followed with this secret (demo only; real secrets are random and shown once).</summary>
    public const string DemoSecret = "DEMO0-DEMO0-DEMO0-DEMO0";

    private static readonly (string Name, CyberSector Sector)[] Organisations =
    [
        ("Demo Electricity Distributor (demo)", CyberSector.Energy),
        ("Demo Regional Hospital (demo)", CyberSector.Health),
        ("Demo Commercial Bank (demo)", CyberSector.Banking),
        ("Demo Municipality IT Office (demo)", CyberSector.PublicAdministration),
    ];

    private static readonly string[] Titles =
    [
        "Fake bank login page sent by SMS", "Invoice e-mail with macro attachment", "Files encrypted on file server",
        "Social media account taken over", "Online shop took payment, never delivered", "Website unreachable under traffic flood",
        "Customer records offered for sale", "Unknown logins to remote desktop", "Suspicious pop-up asking for card details",
    ];

    public async Task<int> SeedAsync(int seed, int count = 48, CancellationToken cancellationToken = default)
    {
        if (await db.CyberIncidents.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var random = new Random(seed);
        var organisations = Organisations.Select(o => new CyberOrganisation { Name = o.Name, Sector = o.Sector }).ToList();
        organisations[0].Members.Add(new CyberOrganisationMember { UserName = ReporterUserName });
        db.CyberOrganisations.AddRange(organisations);
        var now = time.GetUtcNow().UtcDateTime;
        var secret = TrackingCodes.HashSecret(DemoSecret);
        for (var i = 1; i <= count; i++)
        {
            // The first few are hours old (clocks running), the rest spread over a year.
            var detected = now.AddHours(-(i <= 4 ? 3 + (i * 7) : random.Next(24 * 3, 24 * 365)));
            var institutional = random.Next(3) == 0;
            var type = (CyberIncidentType)random.Next(Enum.GetValues<CyberIncidentType>().Length);
            var organisation = institutional ? organisations[random.Next(organisations.Count)] : null;
            var incident = new CyberIncident
            {
                TrackingCode = $"CY-DEMO-{i:0000}",
                SecretHash = secret,
                ReporterKind = institutional ? CyberReporterKind.Institution : CyberReporterKind.Individual,
                Organisation = organisation,
                Type = type,
                Title = Titles[(int)type % Titles.Length] + " (demo)",
                Description = "Synthetic demo report. The reporter describes what they saw; nothing here is real.",
                Contact = institutional ? "soc@demo-organisation.example" : random.Next(2) == 0 ? "" : "demo.reporter@example.org",
                DetectedAtUtc = detected,
                ReceivedAtUtc = detected.AddMinutes(random.Next(10, 600)),
                Sector = organisation?.Sector ?? CyberSector.Private,
                ServiceAffected = institutional ? "Customer portal (demo)" : null,
                UsersAffected = institutional ? random.Next(10, 20_000) : null,
                CrossBorder = institutional && random.Next(4) == 0,
                Status = i <= 4 ? CyberStatus.New : (CyberStatus)random.Next(Enum.GetValues<CyberStatus>().Length),
                Severity = i <= 4 ? CyberSeverity.Unrated : (CyberSeverity)random.Next(1, 5),
                Tlp = random.Next(3) == 0 ? Tlp.Green : Tlp.Amber,
                Indicators = Indicators(random, i),
            };
            if (incident.Status != CyberStatus.New && random.Next(5) > 0)
            {
                incident.EarlyWarningAtUtc = detected.AddHours(random.Next(2, 30));
                incident.NotificationAtUtc = random.Next(3) > 0 ? detected.AddHours(random.Next(30, 80)) : null;
                incident.FinalReportAtUtc = incident.Status == CyberStatus.Closed ? detected.AddDays(random.Next(10, 35)) : null;
            }

            db.CyberIncidents.Add(incident);
        }

        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    private static List<CyberIndicator> Indicators(Random random, int i) =>
    [
        new() { Type = CyberIndicatorType.IPv4, Value = $"203.0.113.{random.Next(1, 255)}" },
        new() { Type = CyberIndicatorType.Domain, Value = $"login-check-{i}.example" },
        new() { Type = CyberIndicatorType.Sha256, Value = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i))) },
    ];
}
