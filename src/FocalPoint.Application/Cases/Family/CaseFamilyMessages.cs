using FocalPoint.Application.Common;

namespace FocalPoint.Application.Cases.Family;

/// <summary>Messages of merging cases and of parent and child cases; rows "Msg_{Code}" in tools/strings.tsv.</summary>
public static class CaseFamilyMessages
{
    public static readonly MessageTemplate UnknownCase = new("CaseUnknownTarget", "None of your cases has the reference {0}: a case is merged into, or placed under, a case whose team you are on.");
    public static readonly MessageTemplate Itself = new("CaseIntoItself", "A case cannot be merged into itself or be its own parent.");
    public static readonly MessageTemplate Merged = new("CaseMergedAlready", "Case {0} was merged into another case: use that case.");
    public static readonly MessageTemplate Cycle = new("CaseParentCycle", "Case {0} is already below this case: a case cannot be its own ancestor.");
}
