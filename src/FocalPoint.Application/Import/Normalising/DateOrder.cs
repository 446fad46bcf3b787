using System.Text.Json.Serialization;
using FocalPoint.Domain.Import;

namespace FocalPoint.Application.Import.Normalising;

/// <summary>How a file writes dates with slashes or dashes: 01/02/2014 is 1 February day first, 2 January month first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DateOrder>))]
public enum DateOrder
{
    DayFirst,
    MonthFirst,
}

/// <summary>One date that decides the order, to show the user: the value for an incident's date, only the column for a birth date (personal data).</summary>
public sealed record DateExample(long Row, string Column, string? Value)
{
    public string Shown => Value ?? Column;
}

/// <summary>What the whole file showed about its date order, with a date proving each order found.</summary>
public sealed record DateOrderFinding(DateOrderEvidence Evidence, DateExample? DayFirst, DateExample? MonthFirst, DateExample? Ambiguous)
{
    public static readonly DateOrderFinding Nothing = new(DateOrderEvidence.None, null, null, null);

    /// <summary>The file alone cannot be read safely: the user must choose an order before committing.</summary>
    public bool NeedsChoice => Evidence is DateOrderEvidence.Undecided or DateOrderEvidence.Contradicting;

    /// <summary>The order rows are read in: the user's choice, else what the file showed, else day first (dotted dates).</summary>
    public static DateOrder Effective(DateOrder? chosen, DateOrderEvidence evidence) =>
        chosen ?? (evidence == DateOrderEvidence.MonthFirst ? DateOrder.MonthFirst : DateOrder.DayFirst);
}
