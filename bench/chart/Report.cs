using System.Globalization;

namespace FocalPoint.Bench.Chart;

/// <summary>Prints `NAME.figure: value unit` lines, and percentiles of a series of timings.</summary>
internal sealed class Report(string name)
{
    public void Line(string figure, double value, string unit, string? note = null) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}.{figure}: {value:0.##} {unit}{(note is null ? "" : $" ({note})")}"));

    public static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    public void Timings(string figure, List<double> milliseconds) =>
        Line(figure, Percentile(milliseconds, 0.95), "ms", string.Create(CultureInfo.InvariantCulture,
            $"p95; p50 {Percentile(milliseconds, 0.5):0.##} ms, max {milliseconds.DefaultIfEmpty().Max():0.##} ms, {milliseconds.Count} queries"));
}
