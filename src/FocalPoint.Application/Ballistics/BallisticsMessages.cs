using FocalPoint.Application.Common;

namespace FocalPoint.Application.Ballistics;

/// <summary>Messages of the ballistic records; rows "Msg_{Code}" in tools/strings.tsv.</summary>
public static class BallisticsMessages
{
    public static readonly MessageTemplate LabNumberTaken = new("BallisticLabNumberTaken", "Laboratory number {0} is already recorded.");
    public static readonly MessageTemplate UnknownIncident = new("BallisticUnknownIncident", "No incident has the reference {0}: check the reference on the exhibit label.");
    public static readonly MessageTemplate SerialForTestFire = new("BallisticSerialForTestFire", "A test fire names the firearm: give its serial as recorded with the incident.");
    public static readonly MessageTemplate UnknownFirearm = new("BallisticUnknownFirearm", "No firearm with this serial is recorded with incident {0}.");
    public static readonly MessageTemplate SceneHasNoFirearm = new("BallisticSceneHasNoFirearm", "Cartridge cases and bullets from a scene name no firearm: leave the serial empty.");
    public static readonly MessageTemplate ExaminedOn = new("BallisticExaminedOn", "The examination date cannot be after today.");
    public static readonly MessageTemplate UnknownLabNumber = new("BallisticUnknownLabNumber", "No examination has the laboratory number {0}.");
    public static readonly MessageTemplate SameExamination = new("BallisticSameExamination", "A lead joins two different examinations.");
    public static readonly MessageTemplate TwoTestFires = new("BallisticTwoTestFires", "Two test fires compare two firearms: a lead needs evidence from a scene on at least one side.");
    public static readonly MessageTemplate CalibresDiffer = new("BallisticCalibresDiffer", "The calibres differ ({0} and {1}): the class characteristics already exclude the same firearm.");
    public static readonly MessageTemplate LeadExists = new("BallisticLeadExists", "These two examinations already have a lead.");
    public static readonly MessageTemplate LeadDecided = new("BallisticLeadDecided", "This lead is already {0}.");
    public static readonly MessageTemplate OwnLead = new("BallisticOwnLead", "You proposed this lead: another examiner reviews it.");
    public static readonly MessageTemplate DecidedOn = new("BallisticDecidedOn", "The comparison date cannot be before the lead was proposed ({0}) or after today.");
}
