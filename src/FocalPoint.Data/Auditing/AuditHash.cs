using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FocalPoint.Data.Auditing;

/// <summary>
/// The canonical form of entries and anchors, and their hashes. Each field is written as "length:value;"
/// (null as "~;"), so that no two different entries serialise alike however their texts are chosen.
/// Changing this format invalidates every stored chain: never change it, add a version instead.
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Compute(AuditEntry entry)
    {
        var text = new StringBuilder(256);
        Field(text, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, FormatTime(entry.AtUtc));
        Field(text, entry.Actor);
        Field(text, entry.ClientAddress);
        Field(text, entry.Action.ToString());
        Field(text, entry.RecordKind);
        Field(text, entry.RecordIds);
        Field(text, entry.Purpose);
        Field(text, entry.Recipients);
        Field(text, entry.Detail);
        Field(text, entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static string AnchorMac(ReadOnlySpan<byte> key, long sequence, string hash, DateTime atUtc)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{sequence}|{hash}|{FormatTime(atUtc)}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>PostgreSQL keeps microseconds: times are cut to them before hashing so that a stored entry hashes alike.</summary>
    public static DateTime ToStoredPrecision(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        return new DateTime(ticks - ticks % 10, DateTimeKind.Utc);
    }

    private static string FormatTime(DateTime time) =>
        DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static void Field(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("~;");
            return;
        }

        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }
}
