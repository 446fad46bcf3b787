namespace FocalPoint.Domain.Cyber;

/// <summary>Who reported: a member of the public through the open form, or a registered organisation.</summary>
public enum CyberReporterKind
{
    Individual,
    Institution,
}

/// <summary>What happened, in the broad classes the cyber unit counts by.</summary>
public enum CyberIncidentType
{
    Phishing,
    Malware,
    Ransomware,
    AccountTakeover,
    OnlineFraud,
    DenialOfService,
    DataBreach,
    Intrusion,
    Other,
}

/// <summary>Sectors of NIS2 annexes I and II that matter here, plus the public's own devices.</summary>
public enum CyberSector
{
    Energy,
    Transport,
    Banking,
    Health,
    DrinkingWater,
    DigitalInfrastructure,
    PublicAdministration,
    Telecommunications,
    Education,
    Private,
    Other,
}

public enum CyberStatus
{
    New,
    Triaged,
    InProgress,
    Closed,
    Rejected,
}

public enum CyberSeverity
{
    Unrated,
    Low,
    Medium,
    High,
    Critical,
}

/// <summary>The indicator kinds accepted; each has a strict syntax (see the application's indicator rules).</summary>
public enum CyberIndicatorType
{
    Md5,
    Sha1,
    Sha256,
    IPv4,
    IPv6,
    Domain,
    Url,
    Email,
}

/// <summary>The NIS2-style stages, each due a fixed time after detection (early warning 24 h, notification 72 h, final report 1 month).</summary>
public enum CyberClock
{
    EarlyWarning,
    Notification,
    FinalReport,
}
