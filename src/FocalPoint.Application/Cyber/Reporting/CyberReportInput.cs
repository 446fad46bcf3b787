using FocalPoint.Domain.Cyber;

namespace FocalPoint.Application.Cyber.Reporting;

/// <summary>What a reporter sends; the same for the public and the institutional form (the public one leaves the organisation fields empty).</summary>
public sealed class CyberReportInput
{
    public CyberIncidentType Type { get; set; } = CyberIncidentType.Phishing;
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Contact { get; set; }
    public DateTime? DetectedAtUtc { get; set; }
    public string? ServiceAffected { get; set; }
    public int? UsersAffected { get; set; }
    public bool CrossBorder { get; set; }
    public List<CyberIndicatorInput> Indicators { get; set; } = [];
    public List<CyberFile> Files { get; set; } = [];
}

public sealed record CyberIndicatorInput(CyberIndicatorType Type, string? Value);

/// <summary>A file as received; the form caps its size before reading it into memory.</summary>
public sealed record CyberFile(string FileName, byte[] Content);

/// <summary>What the reporter keeps: the code and the secret (shown once, never stored in the clear).</summary>
public sealed record CyberReceipt(long Id, string TrackingCode, string Secret);
