using System.Globalization;

namespace FocalPoint.Application.Sharing.Sending;

/// <summary>A record chosen for a package: "incident:12", "firearm:5", "person:7", "case:3" (its incidents) or "received:9" (forwarding).</summary>
public sealed record RecordKey(string Type, long Id)
{
    public static readonly IReadOnlyList<string> Types = ["incident", "firearm", "person", "case", "received"];

    public static RecordKey? Parse(string? text)
    {
        var parts = (text ?? "").Split(':', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && Types.Contains(parts[0]) && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new RecordKey(parts[0], id) : null;
    }

    public override string ToString() => $"{Type}:{Id.ToString(CultureInfo.InvariantCulture)}";
}
