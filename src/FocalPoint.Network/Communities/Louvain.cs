namespace FocalPoint.Network;

/// <summary>One level of Louvain local moving: each node joins the neighbouring community that raises modularity most.</summary>
internal static class Louvain
{
    /// <summary>Returns community labels 0..count-1 and whether any node moved.</summary>
    public static (int[] Membership, int Count, bool Moved) MoveNodes(LevelGraph g, double resolution)
    {
        var n = g.NodeCount;
        var community = new int[n];
        var total = new double[n];
        for (var v = 0; v < n; v++)
        {
            community[v] = v;
            total[v] = g.Strength[v];
        }
        var toCommunity = new double[n];
        var touched = new List<int>();
        var m2 = g.TotalStrength;
        var movedAny = false;
        if (m2 <= 0)
        {
            return (community, n, false); // No weight anywhere: every node is its own community.
        }
        bool moved;
        do
        {
            moved = false;
            for (var v = 0; v < n; v++)
            {
                var own = community[v];
                for (var p = g.Offsets[v]; p < g.Offsets[v + 1]; p++)
                {
                    var u = g.Adjacency[p];
                    if (u == v)
                    {
                        continue; // A node's own loop weight goes with it wherever it moves.
                    }
                    var c = community[u];
                    if (toCommunity[c] == 0)
                    {
                        touched.Add(c);
                    }
                    toCommunity[c] += g.Weights[p];
                }
                var k = g.Strength[v];
                total[own] -= k;
                var best = own;
                var bestGain = toCommunity[own] - (resolution * total[own] * k / m2);
                foreach (var c in touched)
                {
                    var gain = toCommunity[c] - (resolution * total[c] * k / m2);
                    // Strictly better by a margin, so rounding noise cannot make nodes hop back and forth.
                    if (gain > bestGain + 1e-12)
                    {
                        (best, bestGain) = (c, gain);
                    }
                }
                foreach (var c in touched)
                {
                    toCommunity[c] = 0;
                }
                toCommunity[own] = 0;
                touched.Clear();
                total[best] += k;
                if (best != own)
                {
                    community[v] = best;
                    moved = movedAny = true;
                }
            }
        }
        while (moved);
        var count = Relabel(community);
        return (community, count, movedAny);
    }

    internal static int Relabel(int[] labels)
    {
        var map = new Dictionary<int, int>();
        for (var v = 0; v < labels.Length; v++)
        {
            if (!map.TryGetValue(labels[v], out var label))
            {
                label = map.Count;
                map.Add(labels[v], label);
            }
            labels[v] = label;
        }
        return map.Count;
    }
}
