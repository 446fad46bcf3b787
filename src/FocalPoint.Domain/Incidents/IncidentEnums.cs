namespace FocalPoint.Domain.Incidents;

public enum IncidentKind
{
    Seizure,
    Found,
    VoluntarySurrender,
    ShootingOrMisuse,
    CelebratoryShooting,
    DomesticViolence,
    ThreatWithWeapon,
    TheftOrLoss,
    Accident,
    Suicide,
    CrossingPointDetection,
    TraffickingAttempt,
}

public enum ReportingAgency
{
    KosovoPolice,
    BorderPolice,
    Customs,
    ForensicAgency,
    PartnerJurisdiction,
    Other,
}

/// <summary>SDG 16.4.2 counts only seizures made in the context of a criminal offence.</summary>
public enum LegalContext
{
    CriminalOffence,
    AdministrativeOffence,
    None,
}

/// <summary>Source evaluation of the 4x4 system (A reliable ... X cannot be judged).</summary>
public enum SourceReliability
{
    A,
    B,
    C,
    X,
}

/// <summary>Information evaluation of the 4x4 system: 1 known true ... 4 cannot be judged.</summary>
public enum InformationAccuracy
{
    Known = 1,
    KnownToSource = 2,
    NotKnownButCorroborated = 3,
    CannotBeJudged = 4,
}

/// <summary>SIENA-style handling codes: H0 law-enforcement use only ... H3 with conditions set by the source.</summary>
public enum HandlingCode
{
    H0,
    H1,
    H2,
    H3,
}

/// <summary>
/// Traffic Light Protocol 2.0 marking: who beyond the reporting agency may see the record.
/// CLEAR and GREEN: every registry user; AMBER and AMBER+STRICT: the reporting agency and the case team; RED: the case team only.
/// </summary>
public enum Tlp
{
    Clear,
    Green,
    Amber,
    AmberStrict,
    Red,
}
