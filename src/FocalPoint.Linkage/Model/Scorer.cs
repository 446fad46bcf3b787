using FocalPoint.Linkage.Data;

namespace FocalPoint.Linkage.Model;

/// <summary>
/// Match weight = log2 prior odds + sum of log2(m/u) per comparison + term-frequency adjustments;
/// probability = 2^w / (1 + 2^w). The adjustment for an exact match on a value replaces u by the
/// value's frequency: agreeing on "Krasniqi" says less than agreeing on a rare surname.
/// </summary>
internal sealed class Scorer
{
    private readonly double[][] _weights;
    private readonly double[]?[] _tfAdjust;
    private readonly PatternCodec _codec;
    private readonly PreparedData _data;

    public Scorer(LinkageModel model, PreparedData data, PatternCodec codec)
    {
        if (model.Comparisons.Count != data.Comparisons.Length)
            throw new LinkageException($"The model has {model.Comparisons.Count} comparisons but the settings have {data.Comparisons.Length}.");
        for (var k = 0; k < data.Comparisons.Length; k++)
        {
            var cm = model.Comparisons[k];
            if (cm.Name != data.Comparisons[k].Name || cm.Levels.Count != data.Comparisons[k].LevelCount)
                throw new LinkageException($"The model's comparison '{cm.Name}' does not match the settings' '{data.Comparisons[k].Name}' (name or levels differ).");
        }
        Model = model;
        _data = data;
        _codec = codec;
        _weights = [.. model.Comparisons.Select(c => c.Levels.Select(l => l.Weight).ToArray())];
        _tfAdjust = [.. data.Comparisons.Select((c, k) => c.Frequencies?.Select(f => Math.Log2(model.Comparisons[k].Levels[0].U / Math.Max(f, 1e-9))).ToArray())];
        PriorWeight = Math.Log2(model.PriorMatchProbability / (1 - model.PriorMatchProbability));
    }

    public LinkageModel Model { get; }

    public double PriorWeight { get; }

    public int IndexOf(string id)
    {
        var i = Array.IndexOf(_data.Ids, id);
        return i >= 0 ? i : throw new LinkageException(LinkageErrorCodes.UnknownRecord, $"Record '{id}' is not in this run.", [id]);
    }

    public double Weight(int a, int pattern)
    {
        var w = PriorWeight;
        for (var k = 0; k < _weights.Length; k++)
        {
            var level = _codec.Level(pattern, k);
            if (level < 0) continue;
            w += _weights[k][level];
            if (level == 0 && _tfAdjust[k] is { } tf) w += tf[_data.Comparisons[k].Codes[a]];
        }
        return w;
    }

    public static double Probability(double weight) => 1.0 / (1.0 + Math.Pow(2, -weight));

    /// <summary>The waterfall of any two records of the run, compared or not.</summary>
    public PairExplanation Explain(int a, int b) => Explain(a, b, _codec.Encode(_data.Comparisons, a, b));

    public PairExplanation Explain(int a, int b, int pattern)
    {
        var fields = new List<FieldContribution>();
        for (var k = 0; k < _weights.Length; k++)
        {
            var c = _data.Comparisons[k];
            var level = _codec.Level(pattern, k);
            var lm = level < 0 ? null : Model.Comparisons[k].Levels[level];
            var tf = level == 0 && _tfAdjust[k] is { } t ? t[c.Codes[a]] : 0.0;
            fields.Add(new FieldContribution(c.Name, lm?.Label ?? "missing", Value(c, a), Value(c, b),
                lm?.M, lm?.U, level < 0 ? 0 : _weights[k][level], tf));
        }
        var weight = Weight(a, pattern);
        return new PairExplanation(_data.Ids[a], _data.Ids[b], PriorWeight, fields, weight, Probability(weight));
    }

    private static string? Value(PreparedComparison c, int r) => c.Parts is { } parts
        ? string.Join(" / ", parts.Select(p => Value(p, r) ?? ""))
        : c.Codes[r] < 0 ? null : c.Values[c.Codes[r]];
}
