namespace FocalPoint.Application.Reports.Iafq;

/// <summary>One statistical table: a label column, then numeric columns.</summary>
/// <param name="Name">Short, stable name: the sheet name in XLSX and the file name in the CSV zip (at most 31 characters).</param>
public sealed record StatTable(string Name, string Title, string LabelHeader, IReadOnlyList<string> Columns, IReadOnlyList<StatRow> Rows)
{
    /// <summary>The value at a row label and column, for readers and tests.</summary>
    public decimal this[string label, string column] =>
        Rows.Single(r => r.Label == label).Values[Columns.ToList().IndexOf(column) is >= 0 and var i ? i : throw new KeyNotFoundException(column)];
}

/// <summary>A row: its English label (exports, the questionnaire's wording) and values.</summary>
/// <param name="Keys">What the label says as resource keys (e.g. "Iafq_Row_Explosive", "ExplosiveKind_Detonator"), for a page to word.</param>
public sealed record StatRow(string Label, IReadOnlyList<decimal> Values, IReadOnlyList<string>? Keys = null);

/// <summary>
/// SDG indicator 16.4.2: arms whose point of diversion was established (by tracing or by a competent authority, e.g.
/// intelligence) over all arms seized for a criminal offence, found or surrendered. Parts are summed, then divided.
/// </summary>
public sealed record Sdg1642(int Numerator, int Denominator)
{
    /// <summary>The proportion, four decimals; null when nothing was seized, found or surrendered.</summary>
    public decimal? Value => Denominator == 0 ? null : Math.Round((decimal)Numerator / Denominator, 4, MidpointRounding.AwayFromZero);
}

/// <summary>The IAFQ-shaped statistics of one calendar year (by local date of the incident).</summary>
public sealed record IafqReport(int Year, IReadOnlyList<StatTable> Tables, Sdg1642 Indicator)
{
    public const int FirstYear = 1990;

    public StatTable Table(string name) => Tables.Single(t => t.Name == name);
}
