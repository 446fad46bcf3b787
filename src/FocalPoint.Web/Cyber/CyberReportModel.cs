using System.Globalization;
using FocalPoint.Application.Cyber.Reporting;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Domain.Cyber;

namespace FocalPoint.Web.Cyber;

/// <summary>The report form as posted (all text, as the browser sends it), turned into the use case's input.</summary>
public sealed class CyberReportModel
{
    public string Type { get; set; } = nameof(CyberIncidentType.Phishing);
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Contact { get; set; }

    /// <summary>Local time in Kosovo from a datetime-local field ("yyyy-MM-ddTHH:mm").</summary>
    public string? DetectedAt { get; set; }

    /// <summary>One indicator per line; the type of each is recognised from its form.</summary>
    public string? Indicators { get; set; }
    public string? ServiceAffected { get; set; }
    public string? UsersAffected { get; set; }
    public bool CrossBorder { get; set; }
    public string? Challenge { get; set; }
    public string? Nonce { get; set; }

    public CyberReportInput ToInput(IReadOnlyList<CyberFile> files) => new()
    {
        Type = Enum.TryParse<CyberIncidentType>(Type, out var type) ? type : CyberIncidentType.Other,
        Title = Title,
        Description = Description,
        Contact = Contact,
        DetectedAtUtc = DateTime.TryParseExact(DetectedAt, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? KosovoTime.ToUtc(local)
            : null,
        ServiceAffected = ServiceAffected,
        UsersAffected = int.TryParse(UsersAffected, NumberStyles.Integer, CultureInfo.InvariantCulture, out var users) ? users : string.IsNullOrWhiteSpace(UsersAffected) ? null : -1,
        CrossBorder = CrossBorder,
        Indicators = [.. (Indicators ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => new CyberIndicatorInput(IndicatorRules.Guess(l), l))],
        Files = [.. files],
    };
}
