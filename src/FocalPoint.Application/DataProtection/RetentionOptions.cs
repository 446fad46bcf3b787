using System.ComponentModel.DataAnnotations;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.DataProtection;

/// <summary>
/// How long records are kept before they are reviewed, per record type (section "Retention"; ADR 0007). A person is
/// due when every incident they appear in is older than the period of their role in it; an incident without persons
/// when it is older than <see cref="IncidentWithoutPersonsYears"/>. The defaults here repeat appsettings.json.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    [Range(1, 100)] public int SuspectYears { get; set; } = 5;
    [Range(1, 100)] public int ConvictedYears { get; set; } = 10;
    [Range(1, 100)] public int VictimYears { get; set; } = 5;
    [Range(1, 100)] public int WitnessYears { get; set; } = 3;
    [Range(1, 100)] public int OwnerYears { get; set; } = 5;
    [Range(1, 100)] public int OtherYears { get; set; } = 3;
    [Range(1, 100)] public int IncidentWithoutPersonsYears { get; set; } = 10;

    /// <summary>
    /// Days the import area keeps what an ended batch (committed, rolled back, discarded or refused) left behind: its
    /// quarantined rows (original values, which may name persons) and any staged copy of its file. Counted from the
    /// batch's end, or its staging when it never ran; purged by the "import-area-retention" job (ADR 0024). Long enough
    /// to correct a quarantine, short enough that the import area is no second registry.
    /// </summary>
    [Range(1, 3650)] public int ImportAreaDays { get; set; } = 90;

    /// <summary>How much longer a record is kept when a reviewer decides to keep it.</summary>
    [Range(1, 10)] public int KeepForYears { get; set; } = 2;

    public int YearsFor(PersonRole role) => role switch
    {
        PersonRole.Suspect => SuspectYears,
        PersonRole.Convicted => ConvictedYears,
        PersonRole.Victim => VictimYears,
        PersonRole.Witness => WitnessYears,
        PersonRole.Owner => OwnerYears,
        _ => OtherYears,
    };
}
