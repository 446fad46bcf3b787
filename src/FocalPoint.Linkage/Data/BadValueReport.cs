namespace FocalPoint.Linkage;

/// <summary>Values of one compared column that could not be read (a date that is no date) and were treated as missing.</summary>
/// <param name="Column">The input column.</param>
/// <param name="Comparison">The comparison that reads it.</param>
/// <param name="Records">Records whose value was treated as missing.</param>
/// <param name="Examples">Up to three of the values, as written in the input.</param>
public sealed record BadValueReport(string Column, string Comparison, long Records, IReadOnlyList<string> Examples);
