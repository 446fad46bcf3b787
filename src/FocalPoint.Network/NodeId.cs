using System.Globalization;

namespace FocalPoint.Network;

/// <summary>
/// External identity of a node: either a number (registry primary keys) or text (any edge list).
/// Numbers and text never compare equal, so <c>7</c> and <c>"7"</c> are different nodes.
/// </summary>
public readonly struct NodeId : IEquatable<NodeId>
{
    private readonly string? text;
    private readonly long number;

    /// <summary>Creates a numeric id.</summary>
    public NodeId(long number) => this.number = number;

    /// <summary>Creates a text id.</summary>
    public NodeId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        this.text = text;
    }

    /// <summary>True when the id is a number.</summary>
    public bool IsNumber => text is null;

    /// <summary>The numeric value; 0 for a text id.</summary>
    public long Number => number;

    /// <summary>The text value; null for a numeric id.</summary>
    public string? Text => text;

    /// <summary>Converts a number to an id.</summary>
    public static implicit operator NodeId(long number) => new(number);

    /// <summary>Converts text to an id.</summary>
    public static implicit operator NodeId(string text) => new(text);

    /// <summary>Equality by kind and value.</summary>
    public static bool operator ==(NodeId left, NodeId right) => left.Equals(right);

    /// <summary>Inequality by kind and value.</summary>
    public static bool operator !=(NodeId left, NodeId right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(NodeId other) =>
        text is null ? other.text is null && number == other.number : string.Equals(text, other.text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NodeId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        text is null ? number.GetHashCode() : StringComparer.Ordinal.GetHashCode(text);

    /// <inheritdoc />
    public override string ToString() => text ?? number.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads an edge-list token: canonical decimal integers (no sign, no leading zero) become numbers
    /// because they round-trip exactly; everything else stays text so "007" is never confused with 7.
    /// </summary>
    public static NodeId FromToken(ReadOnlySpan<char> token)
    {
        if (token.Length is > 0 and <= 18 && (token[0] != '0' || token.Length == 1))
        {
            long value = 0;
            foreach (var c in token)
            {
                if (c is < '0' or > '9')
                {
                    return new NodeId(token.ToString());
                }
                value = (value * 10) + (c - '0');
            }
            return new NodeId(value);
        }
        return new NodeId(token.ToString());
    }
}
