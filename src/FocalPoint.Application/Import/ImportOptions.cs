using System.ComponentModel.DataAnnotations;

namespace FocalPoint.Application.Import;

/// <summary>Bound from the "Import" section.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest file accepted, in bytes (default 2 GiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 2L << 30;

    /// <summary>Most bytes an XLSX workbook may expand to.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUncompressedBytes { get; set; } = 4L << 30;

    /// <summary>Highest compression ratio of one workbook part; real sheets compress 5-20 times, zip bombs thousands.</summary>
    [Range(2, 100_000)]
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>Longest cell (characters) an XLSX sheet or a JSON Lines record may hold; a CSV record is bounded alike.</summary>
    [Range(1_000, int.MaxValue)]
    public int MaxCellChars { get; set; } = 1 << 20;

    /// <summary>Longest JSON Lines line (characters): one record.</summary>
    [Range(1_000, int.MaxValue)]
    public int MaxRecordChars { get; set; } = 4 << 20;

    /// <summary>Where staged files wait for their commit (and a resumed one).</summary>
    [Required]
    public string StoreDirectory { get; set; } = "data/imports";

    /// <summary>Incidents written per bulk round trip.</summary>
    [Range(1, 1_000_000)]
    public int ChunkSize { get; set; } = 5000;
}
