using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FocalPoint.Network;

/// <summary>
/// One thread's state for Brandes' algorithm. Predecessor lists are not stored: dependencies are gathered from
/// successors instead (a node's successors are its out-neighbours one hop further), so each node's dependency is one
/// sum written once rather than many scattered additions. Distance and path count share one slot, so a neighbour
/// costs one cache line: the slot holds sigma (shortest-path count) during the search and, once the node's
/// dependency is known, the coefficient (1 + delta) / sigma its predecessors gather.
/// </summary>
internal sealed class BrandesWorker
{
    private readonly SimpleAdjacency graph;
    private readonly Slot[] slots;
    private readonly int[] order;

    public BrandesWorker(SimpleAdjacency graph)
    {
        this.graph = graph;
        var n = graph.Offsets.Length - 1;
        slots = new Slot[n];
        for (var v = 0; v < n; v++)
        {
            slots[v].Distance = -1;
        }
        order = new int[n];
        Scores = new double[n];
    }

    /// <summary>Dependencies accumulated over the sources run on this worker.</summary>
    public double[] Scores { get; }

    public void Accumulate(int s)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var counts = graph.Counts;
        var slot = slots;

        // Neighbour indices come from the CSR arrays, so they are in range: the hot loops skip bounds checks.
        ref var slotBase = ref MemoryMarshal.GetArrayDataReference(slot);
        ref var targetBase = ref MemoryMarshal.GetArrayDataReference(targets);
        int head = 0, tail = 0;
        order[tail++] = s;
        slot[s] = new Slot { Distance = 0, Value = 1 };
        while (head < tail)
        {
            var v = order[head++];
            var dv = slot[v].Distance + 1;
            var sv = slot[v].Value;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var u = Unsafe.Add(ref targetBase, p);
                ref var w = ref Unsafe.Add(ref slotBase, u);
                if (w.Distance < 0)
                {
                    w.Distance = dv;
                    w.Value = 0;
                    order[tail++] = u;
                }
                if (w.Distance == dv)
                {
                    // Parallel links are separate shortest paths, as in igraph.
                    w.Value += sv * counts[p];
                }
            }
        }

        // Reverse BFS order: every successor of v (one hop further) is final before v.
        for (var i = tail - 1; i >= 0; i--)
        {
            var v = order[i];
            var next = slot[v].Distance + 1;
            double gathered = 0;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                ref readonly var w = ref Unsafe.Add(ref slotBase, Unsafe.Add(ref targetBase, p));
                if (w.Distance == next)
                {
                    gathered += w.Value * counts[p];
                }
            }
            var sigma = slot[v].Value;
            var delta = sigma * gathered;
            if (i > 0)
            {
                Scores[v] += delta;
            }
            slot[v].Value = (1 + delta) / sigma;
        }

        // Reset only what this source touched, so a source costs O(reached), not O(n).
        for (var i = 0; i < tail; i++)
        {
            slot[order[i]].Distance = -1;
        }
    }

    /// <summary>Runs <paramref name="sources"/> on all cores and sums the per-thread scores.</summary>
    public static double[] Run(Graph graph, IReadOnlyList<int> sources, int maxThreads)
    {
        var total = new double[graph.NodeCount];
        var adjacency = new SimpleAdjacency(graph);
        var gate = new object();
        Parallel.For(
            0,
            sources.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxThreads <= 0 ? Environment.ProcessorCount : maxThreads },
            () => new BrandesWorker(adjacency),
            (i, _, worker) =>
            {
                worker.Accumulate(sources[i]);
                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    for (var v = 0; v < total.Length; v++)
                    {
                        total[v] += worker.Scores[v];
                    }
                }
            });
        return total;
    }
}

/// <summary>Distance from the source (-1 unreached) and sigma, later the gathered coefficient; 16 bytes, one access.</summary>
internal struct Slot
{
    public int Distance;
    public double Value;
}
