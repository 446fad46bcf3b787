namespace FocalPoint.Network;

/// <summary>Hop distances by breadth-first search along links (out-links when directed).</summary>
public static class Bfs
{
    /// <summary>Hop distance from <paramref name="source"/> to every node; -1 where unreachable.</summary>
    public static int[] Distances(Graph graph, int source)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(source, graph.NodeCount);
        var worker = new BfsWorker(graph);
        var reached = worker.Run(source);
        var result = new int[graph.NodeCount];
        Array.Fill(result, -1);
        for (var i = 0; i < reached; i++)
        {
            result[worker.Order[i]] = worker.DistanceAt(i);
        }
        return result;
    }

    /// <summary>Distances from each of several sources, searched in parallel; row i belongs to sources[i].</summary>
    public static int[][] Distances(Graph graph, IReadOnlyList<int> sources, int maxThreads = 0)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var rows = new int[sources.Count][];
        Parallel.For(
            0,
            sources.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxThreads <= 0 ? Environment.ProcessorCount : maxThreads },
            i => rows[i] = Distances(graph, sources[i]));
        return rows;
    }
}
