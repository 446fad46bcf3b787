using FocalPoint.Application.Common;

namespace FocalPoint.Application.Import.Normalising;

/// <summary>
/// One problem of one source row: the row as numbered in the file, the column, what was there, what is wrong and what
/// would fix it. <see cref="Problem"/> and <see cref="Suggestion"/> are English (CLI, error report); the codes and
/// arguments let a page say the same in its language (resource keys "Msg_{code}"). Older quarantine rows have no codes.
/// </summary>
public sealed record RowError(
    long Row, string Field, string? Value, string Problem, string? Suggestion = null,
    string? ProblemCode = null, string? SuggestionCode = null, IReadOnlyList<string>? Arguments = null)
{
    /// <summary>A row error from translatable messages; both share the arguments (each template uses those it names).</summary>
    public static RowError Of(long row, string field, string? value, MessageTemplate problem, MessageTemplate? suggestion = null, params string[] arguments) =>
        new(row, field, value, problem.With([.. arguments]).English, suggestion?.With([.. arguments]).English, problem.Code, suggestion?.Code, arguments);

    /// <summary>A row error from a use case's message (the validator's): its code and arguments travel with it.</summary>
    public static RowError Of(long row, string field, UserMessage message, string english) =>
        new(row, field, null, english, null, message.Code, null,
            [.. message.Arguments.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
}
