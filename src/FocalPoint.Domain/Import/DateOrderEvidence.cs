namespace FocalPoint.Domain.Import;

/// <summary>What a file's slash or dash dates (01/02/2014, 1-2-14) say about their order, read from every row at staging.</summary>
public enum DateOrderEvidence
{
    /// <summary>No date written with slashes or dashes: dotted (dd.MM.yyyy) and ISO dates need no decision.</summary>
    None,

    /// <summary>At least one date has a first part above 12 (25/03/2024) and none a second part above 12.</summary>
    DayFirst,
    MonthFirst,

    /// <summary>Every such date has both parts 12 or below: the file cannot tell; the user must choose.</summary>
    Undecided,

    /// <summary>Some dates are only possible day first, others only month first.</summary>
    Contradicting,
}
