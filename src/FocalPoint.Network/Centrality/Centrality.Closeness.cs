namespace FocalPoint.Network;

public static partial class Centrality
{
    /// <summary>
    /// Closeness as igraph computes it: (reached - 1) / (sum of hop distances to the nodes reached),
    /// so each node is judged within its own component. Isolated nodes get 0 (igraph gives NaN).
    /// Directed graphs use out-distances. One breadth-first search per node, run in parallel.
    /// </summary>
    public static double[] Closeness(Graph graph, int maxThreads = 0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var result = new double[n];
        Parallel.For(
            0,
            n,
            new ParallelOptions { MaxDegreeOfParallelism = maxThreads <= 0 ? Environment.ProcessorCount : maxThreads },
            () => new BfsWorker(graph),
            (s, _, worker) =>
            {
                var reached = worker.Run(s);
                long sum = 0;
                for (var i = 1; i < reached; i++)
                {
                    sum += worker.DistanceAt(i);
                }
                result[s] = reached > 1 ? (reached - 1) / (double)sum : 0;
                return worker;
            },
            _ => { });
        return result;
    }
}
