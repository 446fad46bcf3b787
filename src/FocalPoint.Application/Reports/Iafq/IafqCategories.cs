using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Reports.Iafq;

/// <summary>The arm types of the IAFQ statistical tables.</summary>
public enum IafqArmType
{
    Pistols,
    Revolvers,
    Rifles,
    Shotguns,
    SubMachineGuns,
    MachineGuns,
    Other,
}

/// <summary>How an arm came into the authorities' hands, in the SDG 16.4.2 / IAFQ sense.</summary>
public enum Recovery
{
    Seized,
    Found,
    Surrendered,
}

/// <summary>
/// The mappings behind the IAFQ tables, kept as data so that each line can be read and argued with.
/// </summary>
public static class IafqCategories
{
    /// <summary>
    /// Registry firearm types (reference code) to IAFQ arm types. A type added later by an administrator, or not listed
    /// here, counts as Other until it is mapped.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IafqArmType> ByFirearmTypeCode = new Dictionary<string, IafqArmType>(StringComparer.OrdinalIgnoreCase)
    {
        ["PISTOL"] = IafqArmType.Pistols,
        ["REVOLVER"] = IafqArmType.Revolvers,
        ["RIFLE"] = IafqArmType.Rifles,

        // The IAFQ has one "rifles and carbines" line: assault and hunting rifles are rifles there.
        ["ASSAULT_RIFLE"] = IafqArmType.Rifles,
        ["HUNTING_RIFLE"] = IafqArmType.Rifles,
        ["SHOTGUN"] = IafqArmType.Shotguns,
        ["SUBMACHINE_GUN"] = IafqArmType.SubMachineGuns,
        ["MACHINE_GUN"] = IafqArmType.MachineGuns,

        // Blank-firing, gas/alarm and air weapons are not pistols by type; a converted one is still recorded under the
        // type it was made as (with the "converted" flag), so it stays visible here instead of inflating Pistols.
        ["BLANK_FIRING_PISTOL"] = IafqArmType.Other,
        ["GAS_ALARM_PISTOL"] = IafqArmType.Other,
        ["AIR_WEAPON"] = IafqArmType.Other,

        // Light weapons have no line of their own in our tables.
        ["ROCKET_LAUNCHER"] = IafqArmType.Other,
        ["OTHER"] = IafqArmType.Other,
    };

    /// <summary>
    /// Incident kinds that put arms into the authorities' hands. Detections at crossing points and trafficking attempts
    /// are seizures; misuse, theft or loss, accidents and suicides describe an event, not a recovery, so they are not
    /// counted (an arm taken at such an event is recorded as a seizure).
    /// </summary>
    public static readonly IReadOnlyDictionary<IncidentKind, Recovery> ByIncidentKind = new Dictionary<IncidentKind, Recovery>
    {
        [IncidentKind.Seizure] = Recovery.Seized,
        [IncidentKind.CrossingPointDetection] = Recovery.Seized,
        [IncidentKind.TraffickingAttempt] = Recovery.Seized,
        [IncidentKind.Found] = Recovery.Found,
        [IncidentKind.VoluntarySurrender] = Recovery.Surrendered,
    };

    public static IafqArmType ArmType(string? firearmTypeCode) =>
        firearmTypeCode is not null && ByFirearmTypeCode.TryGetValue(firearmTypeCode, out var type) ? type : IafqArmType.Other;

    /// <summary>SDG 16.4.2 counts a seizure only when it was made for a criminal offence; found and surrendered arms always count.</summary>
    public static bool CountsForSdg(Recovery recovery, LegalContext context) => recovery != Recovery.Seized || context == LegalContext.CriminalOffence;
}
