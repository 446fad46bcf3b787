namespace FocalPoint.Domain.Common;

/// <summary>Records who created and last changed a row; stamped by the data layer, never by callers.</summary>
public interface IAuditable
{
    DateTime CreatedAtUtc { get; set; }
    string CreatedBy { get; set; }
    DateTime? UpdatedAtUtc { get; set; }
    string? UpdatedBy { get; set; }

    /// <summary>Optimistic concurrency: incremented on every save so two editors cannot overwrite each other.</summary>
    int Version { get; set; }
}

/// <summary>Base for registry records that carry audit stamps.</summary>
public abstract class AuditableEntity : IAuditable
{
    public long Id { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? UpdatedAtUtc { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}
