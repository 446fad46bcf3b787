using FocalPoint.Application.Common;

namespace FocalPoint.Application.Infrastructure;

/// <summary>Messages of critical-infrastructure protection; rows "Msg_{Code}" in tools/strings.tsv.</summary>
public static class InfrastructureMessages
{
    public static readonly MessageTemplate ReviewInPast = new("InfraReviewInPast", "The review date must be after today and within five years.");
    public static readonly MessageTemplate NothingToSubmit = new("InfraNothingToSubmit", "There is no draft to submit: change the plan first.");
    public static readonly MessageTemplate NotSubmitted = new("InfraNotSubmitted", "Only a submitted plan can be approved.");
    public static readonly MessageTemplate PlanWithoutMeasures = new("InfraPlanWithoutMeasures", "A plan needs at least one risk and one measure before it is submitted.");
    public static readonly MessageTemplate LevelUnchanged = new("InfraLevelUnchanged", "The sector is already at this level.");
}
