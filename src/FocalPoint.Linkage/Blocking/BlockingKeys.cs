using FocalPoint.Linkage.Data;

namespace FocalPoint.Linkage.Blocking;

/// <summary>
/// The blocking key of every record under one rule, as a 64-bit number (0 = no key: a part is
/// missing, or the record's block was capped). Keys of one or two parts pack their codes exactly;
/// longer keys are hashed, where a collision is as likely as a 64-bit coincidence.
/// </summary>
internal sealed class BlockingKeys
{
    private readonly List<string>[] _partValues;
    private readonly int[][] _partCodes;

    public BlockingKeys(string name, BlockingRuleSettings rule, IReadOnlyList<RecordTable> tables, string idColumn)
    {
        Name = name;
        _partValues = new List<string>[rule.Keys.Count];
        _partCodes = new int[rule.Keys.Count][];
        for (var p = 0; p < rule.Keys.Count; p++)
        {
            var encoder = new ColumnEncoder(rule.Keys[p].Normalisers);
            _partCodes[p] = encoder.Encode(tables, rule.Keys[p].Column, idColumn);
            _partValues[p] = encoder.Values;
        }
        Keys = new ulong[_partCodes[0].Length];
        for (var r = 0; r < Keys.Length; r++) Keys[r] = Compose(r);
    }

    public string Name { get; }

    /// <summary>Key per record; set to 0 for records in capped blocks.</summary>
    public ulong[] Keys { get; }

    /// <summary>The key as text, for the report of largest blocks.</summary>
    public string Describe(int record) =>
        string.Join(" | ", _partCodes.Select((codes, p) => codes[record] < 0 ? "" : _partValues[p][codes[record]]));

    private ulong Compose(int r)
    {
        if (_partCodes.Length == 1) return _partCodes[0][r] < 0 ? 0 : (ulong)_partCodes[0][r] + 1;
        ulong hash = 14695981039346656037UL;
        for (var p = 0; p < _partCodes.Length; p++)
        {
            var c = _partCodes[p][r];
            if (c < 0) return 0;
            if (_partCodes.Length == 2) hash = p == 0 ? (ulong)(uint)(c + 1) << 32 : hash | (uint)(c + 1);
            else hash = (hash ^ (uint)c) * 1099511628211UL ^ (hash >> 29);
        }
        return hash == 0 ? 1 : hash;
    }
}
