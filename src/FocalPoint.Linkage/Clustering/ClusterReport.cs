namespace FocalPoint.Linkage;

/// <summary>What to look at first in the clusters: the largest, and the weakest links that alone hold a cluster together.</summary>
/// <param name="LargestClusters">Clusters with most records, largest first.</param>
/// <param name="WeakestBridges">Matched pairs whose removal would split their cluster, weakest first (clusters of three or more).</param>
public sealed record ClusterReport(IReadOnlyList<ClusterSummary> LargestClusters, IReadOnlyList<BridgeSummary> WeakestBridges);

/// <summary>One cluster's size and how densely its records are matched to each other.</summary>
/// <param name="Id">The cluster id.</param>
/// <param name="Size">Records.</param>
/// <param name="MatchedPairs">Matched pairs inside it.</param>
/// <param name="Density">Matched pairs over all record pairs inside it (1 for a pair or a fully matched group).</param>
/// <param name="Sources">Distinct sources among its records (1 without named sources).</param>
public sealed record ClusterSummary(string Id, int Size, int MatchedPairs, double Density, int Sources);

/// <summary>A matched pair that alone holds two parts of a cluster together.</summary>
/// <param name="ClusterId">The cluster.</param>
/// <param name="LeftId">One record.</param>
/// <param name="RightId">The other.</param>
/// <param name="MatchWeight">The pair's match weight.</param>
/// <param name="ClusterSize">Records in the cluster.</param>
public sealed record BridgeSummary(string ClusterId, string LeftId, string RightId, double MatchWeight, int ClusterSize);
