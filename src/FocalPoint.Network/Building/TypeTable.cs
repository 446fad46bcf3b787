namespace FocalPoint.Network;

/// <summary>Interns type names to small integer codes so the graph stores one int per node or link.</summary>
internal sealed class TypeTable
{
    private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);
    private readonly List<string> names = [];

    public int CodeOf(string name)
    {
        if (!codes.TryGetValue(name, out var code))
        {
            code = names.Count;
            codes.Add(name, code);
            names.Add(name);
        }
        return code;
    }

    public string NameOf(int code) => names[code];

    public string[] Names() => [.. names];
}
