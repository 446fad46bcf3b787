using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Risk;

/// <summary>
/// A saved column mapping for crossings files that keep arriving in the same shape (a partner's export, a border
/// system's daily report): each of the file's column names to the documented column it holds. Named and shared by
/// everyone who screens, so a known file is screened without mapping it again.
/// </summary>
public class CrossingMapping : AuditableEntity
{
    public const int MaxNameLength = 80;
    public const int MaxColumnsLength = 4000;

    public string Name { get; set; } = "";

    /// <summary>File column to documented column, as a JSON object.</summary>
    public string ColumnsJson { get; set; } = "{}";
}
