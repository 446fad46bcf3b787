namespace FocalPoint.Domain.Import;

/// <summary>A saved column mapping for one source (an agency's export), reused for its next files.</summary>
public class ImportProfile
{
    public const int MaxNameLength = 80;

    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Column mapping and constant values, as JSON (see ImportMapping).</summary>
    public string MappingJson { get; set; } = "";
    public string? Encoding { get; set; }
    public string? Sheet { get; set; }
    public ImportPolicy Policy { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
}
