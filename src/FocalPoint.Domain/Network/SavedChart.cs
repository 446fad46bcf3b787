using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Network;

/// <summary>
/// A link chart kept with a case: which nodes were on it, where, how they were styled and filtered. The layout is a
/// JSON document of node keys and positions only (no labels, no names): reopening it redraws the nodes from the
/// registry through the reader's own need-to-know, so a saved chart never carries data past its reader's reach.
/// </summary>
public class SavedChart : AuditableEntity
{
    public const int MaxTitleLength = 200;
    public const int MaxLayoutLength = 2_000_000;

    public long CaseId { get; set; }
    public Case? Case { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Number of nodes on the chart, kept so the case's list of charts needs no JSON parsing.</summary>
    public int NodeCount { get; set; }
    public string LayoutJson { get; set; } = "{}";
}
