using FocalPoint.Linkage.Data;

namespace FocalPoint.Linkage.Model;

/// <summary>Scores every compared pair in parallel; keeps the pairs asked for and the match edges with their weights.</summary>
internal static class PairScoring
{
    public static (List<ScoredPair> Pairs, List<Edge> Edges) Score(PairStore store, Scorer scorer, PreparedData data, LinkageSettings settings,
        double? minProbability)
    {
        var floor = minProbability ?? settings.ReviewThreshold;
        var pairs = new List<ScoredPair>[store.Chunks.Count];
        var edges = new List<Edge>[store.Chunks.Count];
        var workers = settings.Parallelism > 0 ? settings.Parallelism : Environment.ProcessorCount;
        Parallel.For(0, store.Chunks.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, c =>
        {
            var chunk = store.Chunks[c];
            var keep = new List<ScoredPair>();
            var edge = new List<Edge>();
            for (var i = 0; i < chunk.Count; i++)
            {
                var weight = scorer.Weight(chunk.A[i], chunk.Pattern[i]);
                var p = Scorer.Probability(weight);
                if (p >= settings.MatchThreshold) edge.Add(new Edge(chunk.A[i], chunk.B[i], weight));
                if (p < floor) continue;
                keep.Add(new ScoredPair(data.Ids[chunk.A[i]], data.Ids[chunk.B[i]], weight, p)
                { Left = chunk.A[i], Right = chunk.B[i], Pattern = chunk.Pattern[i], BayesFactorWeight = weight - scorer.PriorWeight });
            }
            pairs[c] = keep;
            edges[c] = edge;
        });
        var all = pairs.SelectMany(p => p).ToList();
        // Workers finish in any order: sort so that the same input gives the same output.
        all.Sort((x, y) => x.Left != y.Left ? x.Left.CompareTo(y.Left) : x.Right.CompareTo(y.Right));
        return (all, edges.SelectMany(e => e).ToList());
    }
}

/// <summary>A matched pair of records (indexes into the run) and its match weight.</summary>
internal readonly record struct Edge(int A, int B, double Weight);
