using System.Globalization;
using System.Text;

namespace FocalPoint.Bench.Network;

/// <summary>
/// R-MAT edge generator with the Graph500 parameters (a=0.57, b=0.19, c=0.19, d=0.05) and a fixed seed.
/// Vertex labels are permuted (as Graph500 does, so hubs are not all at low ids) and then compacted in
/// order of first appearance, so vertex i is the same node for igraph (which numbers 0..max) and for us.
/// </summary>
internal static class Rmat
{
    public static (int Nodes, int Edges) Write(string path, int scale, long edges, int seed)
    {
        var random = new Random(seed);
        var n = 1 << scale;
        var permutation = Enumerable.Range(0, n).ToArray();
        random.Shuffle(permutation);
        var compact = new int[n];
        Array.Fill(compact, -1);
        var next = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        for (long e = 0; e < edges; e++)
        {
            int u = 0, v = 0;
            for (var bit = 0; bit < scale; bit++)
            {
                var r = random.NextDouble();
                var (du, dv) = r < 0.57 ? (0, 0) : r < 0.76 ? (0, 1) : r < 0.95 ? (1, 0) : (1, 1);
                u = (u << 1) | du;
                v = (v << 1) | dv;
            }
            u = permutation[u];
            v = permutation[v];
            if (compact[u] < 0)
            {
                compact[u] = next++;
            }
            if (compact[v] < 0)
            {
                compact[v] = next++;
            }
            writer.Write(compact[u].ToString(CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.Write(compact[v].ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
        return (next, (int)edges);
    }
}
