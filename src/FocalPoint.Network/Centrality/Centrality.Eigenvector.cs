namespace FocalPoint.Network;

public static partial class Centrality
{
    /// <summary>
    /// Eigenvector centrality scaled so the largest value is 1 (igraph's default), links taken as
    /// undirected and a self-loop counted twice. Power iteration on A + I: the shift keeps the same
    /// leading eigenvector but stops the oscillation plain iteration shows on bipartite graphs (a
    /// person–firearm graph is bipartite). Starts from the degrees, as igraph does. Where components tie
    /// for the largest eigenvalue the split between them depends on that start; smaller components decay to 0.
    /// </summary>
    public static double[] Eigenvector(Graph graph, double tolerance = 1e-10, int maxIterations = 10000)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tolerance);
        var n = graph.NodeCount;
        var x = new double[n];
        var y = new double[n];
        for (var v = 0; v < n; v++)
        {
            x[v] = Degree(graph, v);
        }
        if (!Normalise(x))
        {
            // No links: every node is equally (un)important; igraph answers all ones too.
            Array.Fill(x, 1.0);
            return x;
        }
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            for (var v = 0; v < n; v++)
            {
                var sum = x[v];
                foreach (var w in graph.Neighbours(v))
                {
                    sum += x[w];
                }
                if (graph.IsDirected)
                {
                    foreach (var w in graph.InSources.AsSpan(graph.InOffsets[v], graph.InOffsets[v + 1] - graph.InOffsets[v]))
                    {
                        sum += x[w];
                    }
                }
                y[v] = sum;
            }
            Normalise(y);
            double change = 0;
            for (var v = 0; v < n; v++)
            {
                change = Math.Max(change, Math.Abs(y[v] - x[v]));
            }
            (x, y) = (y, x);
            if (change < tolerance)
            {
                break;
            }
        }
        return x;
    }

    private static int Degree(Graph graph, int v) =>
        graph.Degree(v) + (graph.IsDirected ? graph.InOffsets[v + 1] - graph.InOffsets[v] : 0);

    private static bool Normalise(double[] x)
    {
        var max = x.Length == 0 ? 0 : x.Max();
        if (max <= 0)
        {
            return false;
        }
        for (var v = 0; v < x.Length; v++)
        {
            x[v] /= max;
        }
        return true;
    }
}
