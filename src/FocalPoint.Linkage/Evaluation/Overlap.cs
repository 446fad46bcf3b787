namespace FocalPoint.Linkage;

/// <summary>Records per (cluster, entity), per cluster and per entity, over records in both: what cluster scores are counted from.</summary>
internal static class Overlap
{
    public static (Dictionary<(string, string), long> Both, Dictionary<string, long> Predicted, Dictionary<string, long> Real) Count(
        IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> truth)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        var both = new Dictionary<(string, string), long>();
        var pred = new Dictionary<string, long>(StringComparer.Ordinal);
        var real = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (record, cluster) in predicted)
        {
            if (!truth.TryGetValue(record, out var entity)) continue;
            both[(cluster, entity)] = both.GetValueOrDefault((cluster, entity)) + 1;
            pred[cluster] = pred.GetValueOrDefault(cluster) + 1;
            real[entity] = real.GetValueOrDefault(entity) + 1;
        }
        return (both, pred, real);
    }
}
