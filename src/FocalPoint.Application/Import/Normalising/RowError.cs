namespace FocalPoint.Application.Import.Normalising;

/// <summary>One problem of one source row: the row as numbered in the file, the column, what was there, what is wrong and what would fix it.</summary>
public sealed record RowError(long Row, string Field, string? Value, string Problem, string? Suggestion = null);
