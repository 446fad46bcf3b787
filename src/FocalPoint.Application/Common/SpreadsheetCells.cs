using System.Globalization;
using CsvHelper;

namespace FocalPoint.Application.Common;

/// <summary>
/// The one place that makes exported text safe to open in a spreadsheet (OWASP CSV injection): a cell that starts
/// with = + - @, tab or CR would run as a formula, so it gets an apostrophe in front and reads as text. Every CSV and
/// XLSX the platform writes goes through here; values are culture-invariant.
/// </summary>
public static class SpreadsheetCells
{
    public const char Escape = '\'';

    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>Options for every CSV export: invariant numbers and dates, formula cells escaped by CsvHelper itself.</summary>
    public static CsvWriterOptions Csv { get; } = new()
    {
        FormatProvider = CultureInfo.InvariantCulture, Injection = CsvInjection.Escape, InjectionEscape = Escape, InjectionCharacters = FormulaStarts,
    };

    /// <summary>The text as a spreadsheet should receive it: with the escape in front when it could start a formula.</summary>
    public static string? Neutralise(string? value) =>
        value is { Length: > 0 } && FormulaStarts.Contains(value[0], StringComparison.Ordinal) ? Escape + value : value;
}
