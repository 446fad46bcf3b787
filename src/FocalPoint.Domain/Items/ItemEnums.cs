namespace FocalPoint.Domain.Items;

public enum MarkingStatus
{
    Marked,
    Unmarked,
    Altered,
    Obliterated,
}

/// <summary>Category under Directive (EU) 2021/555, Annex I.</summary>
public enum EuCategory
{
    A,
    B,
    C,
}

public enum FirearmLegalStatus
{
    Unknown,
    Registered,
    Unregistered,
    ReportedLostOrStolen,
}

public enum ExplosiveKind
{
    HandGrenade,
    MilitaryExplosive,
    CommercialExplosive,
    Detonator,
    Precursor,
    ImprovisedDevice,
    PyrotechnicsCategory4,
}

public enum ComponentKind
{
    Barrel,
    Frame,
    Receiver,
    Slide,
    Cylinder,
    Bolt,
}
