using FocalPoint.Application.Common;

namespace FocalPoint.Application.Risk;

/// <summary>Messages of the border-risk use cases; rows "Msg_{Code}" in tools/strings.tsv.</summary>
public static class RiskMessages
{
    /// <summary>The screening engine's reason, in English, follows the translated lead.</summary>
    public static readonly MessageTemplate ProfileRefused = new("ProfileRefused", "The profile is refused: {0}");
    public static readonly MessageTemplate FourEyes = new("FourEyes", "A profile is approved by a supervisor other than the analyst who drafted it.");
    public static readonly MessageTemplate NotADraft = new("NotADraft", "Only a draft can be approved; this version is {0}.");
    public static readonly MessageTemplate ValidityOrder = new("ValidityOrder", "The validity must end on or after the day it starts.");
    public static readonly MessageTemplate NotCheckedWhy = new("NotCheckedWhy", "Say why the crossing was not checked.");
    public static readonly MessageTemplate AssessmentRefused = new("AssessmentRefused", "The assessment cannot be scored: {0}");
    public static readonly MessageTemplate NotRetirable = new("NotRetirable", "Only an approved profile or a draft can be retired; this version is {0}.");
    public static readonly MessageTemplate MappingEmpty = new("MappingEmpty", "Choose at least one column to map.");
    public static readonly MessageTemplate MappingNotDocumented = new("MappingNotDocumented", "'{0}' is not a documented column of crossings files.");
    public static readonly MessageTemplate MappingTargetTwice = new("MappingTargetTwice", "Two columns are mapped onto '{0}'; choose one.");
    public static readonly MessageTemplate MappingTooLong = new("MappingTooLong", "The mapping is too long to save; shorten the column names.");
    public static readonly MessageTemplate OutcomeRecorded = new("OutcomeRecorded", "The outcome of this hit is already recorded.");
}
