using FocalPoint.Linkage.Data;

namespace FocalPoint.Linkage.Blocking;

/// <summary>
/// Walks every block, skips pairs an earlier rule already produced (keys equal under that rule) and
/// pairs the run's mode excludes, and compares the rest. Blocks are shared out to workers largest
/// first, so two cores stay busy to the end.
/// </summary>
internal static class PairGenerator
{
    public static PairStore Run(BlockingPlan plan, PreparedData data, PatternCodec codec, int parallelism)
    {
        var workers = parallelism > 0 ? parallelism : Environment.ProcessorCount;
        var stores = new PairStore[workers];
        var next = -1;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var store = new PairStore();
            var members = new List<int>();
            var fresh = new List<int>();
            int i;
            while ((i = Interlocked.Increment(ref next)) < plan.Blocks.Count)
            {
                var block = plan.Blocks[i];
                var span = plan.Orders[block.Rule].AsSpan(block.Start, block.Length);
                if (data.Mode is PairMode.Dedupe or PairMode.WithinSources) AllPairs(span, block.Rule, plan, data, codec, store);
                else if (data.Mode == PairMode.Incremental || data.SourceNames.Count <= 2) SplitPairs(span, block.Rule, plan, data, codec, store, members, fresh);
                else AcrossSources(span, block.Rule, plan, data, codec, store, members);
            }
            stores[w] = store;
        });
        return PairStore.Merge(stores);
    }

    private static void AllPairs(ReadOnlySpan<int> span, int rule, BlockingPlan plan, PreparedData data, PatternCodec codec, PairStore store)
    {
        for (var x = 0; x < span.Length; x++)
        {
            for (var y = x + 1; y < span.Length; y++)
            {
                if (data.Mode == PairMode.WithinSources && data.Source[span[x]] != data.Source[span[y]]) continue;
                Emit(span[x], span[y], rule, plan, data, codec, store);
            }
        }
    }

    // Three or more sources linked: members grouped by source, then every pair across two groups.
    private static void AcrossSources(ReadOnlySpan<int> span, int rule, BlockingPlan plan, PreparedData data,
        PatternCodec codec, PairStore store, List<int> sorted)
    {
        sorted.Clear();
        foreach (var r in span) sorted.Add(r);
        sorted.Sort((x, y) => data.Source[x] != data.Source[y] ? data.Source[x].CompareTo(data.Source[y]) : x.CompareTo(y));
        for (var x = 0; x < sorted.Count; x++)
        {
            var y = x + 1;
            while (y < sorted.Count && data.Source[sorted[y]] == data.Source[sorted[x]]) y++;
            for (; y < sorted.Count; y++) Emit(sorted[x], sorted[y], rule, plan, data, codec, store);
        }
    }

    // Link and incremental runs: only pairs across sources (plus new-with-new when incremental),
    // so a block of a million old records and one new one costs a million pairs, not 10^12.
    private static void SplitPairs(ReadOnlySpan<int> span, int rule, BlockingPlan plan, PreparedData data,
        PatternCodec codec, PairStore store, List<int> old, List<int> fresh)
    {
        old.Clear();
        fresh.Clear();
        foreach (var r in span) (data.Source[r] == 0 ? old : fresh).Add(r);
        foreach (var f in fresh)
        {
            foreach (var o in old) Emit(o, f, rule, plan, data, codec, store);
        }
        if (data.Mode != PairMode.Incremental) return;
        for (var x = 0; x < fresh.Count; x++)
        {
            for (var y = x + 1; y < fresh.Count; y++) Emit(fresh[x], fresh[y], rule, plan, data, codec, store);
        }
    }

    private static void Emit(int a, int b, int rule, BlockingPlan plan, PreparedData data, PatternCodec codec, PairStore store)
    {
        for (var r = 0; r < rule; r++)
        {
            var keys = plan.Rules[r].Keys;
            if (keys[a] != 0 && keys[a] == keys[b]) return;
        }
        var mask = 1u << rule;
        for (var r = rule + 1; r < plan.Rules.Length; r++)
        {
            var keys = plan.Rules[r].Keys;
            if (keys[a] != 0 && keys[a] == keys[b]) mask |= 1u << r;
        }
        if (a > b) (a, b) = (b, a);
        store.Add(a, b, codec.Encode(data.Comparisons, a, b), mask);
    }
}
