namespace FocalPoint.Linkage.Data;

/// <summary>
/// Compared pairs in chunks of parallel arrays (16 bytes a pair): written by one worker each,
/// read by all once generation ends. Chunks avoid one giant array that must grow and copy.
/// </summary>
internal sealed class PairStore
{
    private const int ChunkSize = 1 << 16;

    public List<Chunk> Chunks { get; } = [];

    public long Count => Chunks.Sum(c => (long)c.Count);

    public void Add(int a, int b, int pattern, uint rules)
    {
        if (Chunks.Count == 0 || Chunks[^1].Count == ChunkSize) Chunks.Add(new Chunk());
        var c = Chunks[^1];
        c.A[c.Count] = a;
        c.B[c.Count] = b;
        c.Pattern[c.Count] = pattern;
        c.Rules[c.Count] = rules;
        c.Count++;
    }

    public static PairStore Merge(IEnumerable<PairStore> parts)
    {
        var all = new PairStore();
        foreach (var p in parts) all.Chunks.AddRange(p.Chunks);
        return all;
    }

    internal sealed class Chunk
    {
        public int[] A { get; } = new int[ChunkSize];
        public int[] B { get; } = new int[ChunkSize];
        public int[] Pattern { get; } = new int[ChunkSize];
        /// <summary>Bit r set when blocking rule r holds for the pair (EM trains on each rule's full set).</summary>
        public uint[] Rules { get; } = new uint[ChunkSize];
        public int Count { get; set; }
    }
}
