namespace FocalPoint.Domain.Infrastructure;

/// <summary>The sectors of the CER Directive (EU 2022/2557, annex) that critical entities belong to.</summary>
public enum CriticalSector
{
    Energy,
    Transport,
    Banking,
    FinancialMarketInfrastructure,
    Health,
    DrinkingWater,
    WasteWater,
    DigitalInfrastructure,
    PublicAdministration,
    Space,
    Food,
}

/// <summary>The national threat level per sector, set by the ministry; graduated measures apply from their level up.</summary>
public enum ThreatLevel
{
    Low,
    Moderate,
    Substantial,
    Severe,
    Critical,
}

/// <summary>Where a version of an operator security plan stands.</summary>
public enum PlanStatus
{
    Draft,
    Submitted,
    Approved,
    Superseded,
}

public enum RiskRating
{
    Low,
    Medium,
    High,
}
