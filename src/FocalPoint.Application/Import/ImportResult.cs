namespace FocalPoint.Application.Import;

public enum ImportProblemKind
{
    /// <summary>The file cannot be imported at all (binary, truncated, zip bomb, too large, wrong encoding, missing column).</summary>
    BadFile,

    /// <summary>Rows have errors and the policy is to refuse: nothing was imported; the errors are in the batch's report.</summary>
    RowsRefused,
    Forbidden,
    NotFound,

    /// <summary>The batch is not in a state that allows this (e.g. committing a committed batch, rolling back records others depend on).</summary>
    Conflict,
    Cancelled,
}

/// <summary>
/// An expected failure of an import step: an English message for the command line and logs, and, where the page
/// translates it, a code (the strings.tsv key after "Import_Problem_") with its arguments.
/// </summary>
public sealed record ImportProblem(ImportProblemKind Kind, string Message, string? Code = null, IReadOnlyList<string>? Args = null);

/// <summary>The outcome of an import step: a value or a problem; endpoints map problems to ProblemDetails in one place.</summary>
public sealed record ImportResult<T>(T? Value, ImportProblem? Problem)
{
    public bool Succeeded => Problem is null;

    public static ImportResult<T> Ok(T value) => new(value, null);

    public static ImportResult<T> Fail(ImportProblemKind kind, string message) => new(default, new ImportProblem(kind, message));

    public static ImportResult<T> Fail(ImportProblem problem) => new(default, problem);

    public static ImportResult<T> Fail(ImportProblemKind kind, string message, string code, params string[] args) =>
        new(default, new ImportProblem(kind, message, code, args));
}

/// <summary>Counts of one import run, reported as it goes and at the end.</summary>
public sealed record ImportProgress(long RowsRead, long RecordsImported, long RowsSkipped, long RowsQuarantined, long BytesRead, long BytesTotal);

/// <summary>Where a batch ended: its state and counts, and the first errors (all of them are in <see cref="ImportErrorReport"/>).</summary>
public sealed record ImportSummary(
    long BatchId, Domain.Import.ImportBatchState State, long RowsRead, long RecordsImported, long PersonsImported, long RowsSkipped,
    long RowsQuarantined, IReadOnlyList<Normalising.RowError> FirstErrors, string? Message, IReadOnlyList<CloseMatchCount>? CloseMatches = null,
    IReadOnlyList<long>? UpdatedIncidents = null)
{
    public long RecordsUpdated => UpdatedIncidents?.Count ?? 0;
}

/// <summary>A close spelling accepted for a place, and in how many rows: "matched Prizern to Prizren (3 rows)".</summary>
public sealed record CloseMatchCount(string Column, string Spelling, string MatchedTo, long Rows);
