using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Indicators;

/// <summary>
/// A dashboard scope a user named to reopen later: the dashboard's query string (dates, ids and a kind; nothing
/// personal). Each user sees only their own views; the figures are recomputed on opening, under their need-to-know.
/// </summary>
public class SavedDashboardView : AuditableEntity
{
    public const int MaxNameLength = 100;
    public const int MaxQueryLength = 300;
    public const int MaxPerUser = 50;

    public string UserName { get; set; } = "";
    public string Name { get; set; } = "";
    public string Query { get; set; } = "";
}
