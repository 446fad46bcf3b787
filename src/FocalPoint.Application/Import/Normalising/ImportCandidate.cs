using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Application.Registry.Incidents;

namespace FocalPoint.Application.Import.Normalising;

/// <summary>One incident-to-be: its source rows (one, or several sharing a key), the input built from them, and every problem found.</summary>
public sealed class ImportCandidate
{
    public List<SourceRow> Rows { get; } = [];
    public List<ParsedRow> Parsed { get; } = [];
    public IncidentInput? Input { get; set; }
    public List<ImportPerson> Persons { get; } = [];
    public List<RowError> Errors { get; } = [];
    public string SourceKey { get; set; } = "";
    public long KeyHash { get; set; }
    public long ContentHash { get; set; }

    public long FirstRow => Rows[0].RowNumber;

    public bool IsValid => Errors.Count == 0;

    /// <summary>Content over the raw cells of every row; the key is the source's own key or, without one, the content hash.</summary>
    public void ComputeHashes(string source)
    {
        var builder = new StringBuilder();
        foreach (var row in Rows)
        {
            foreach (var value in row.Values)
            {
                builder.Append(value).Append('\u001F');
            }

            builder.Append('\u001E');
        }

        ContentHash = Hash(builder.ToString());
        SourceKey = Parsed[0].Key ?? ContentHash.ToString("X16", System.Globalization.CultureInfo.InvariantCulture);
        KeyHash = Hash(source + "\u001F" + SourceKey);
    }

    private static long Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return BinaryPrimitives.ReadInt64BigEndian(digest);
    }
}
