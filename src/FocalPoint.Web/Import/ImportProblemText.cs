using FocalPoint.Application.Import;
using Microsoft.Extensions.Localization;

namespace FocalPoint.Web.Import;

/// <summary>An import problem in the page's language when it carries a code with a translation; its English message otherwise.</summary>
internal static class ImportProblemText
{
    public static string Text(this IStringLocalizer localizer, ImportProblem problem)
    {
        if (problem.Code is { } code)
        {
            var text = localizer[$"Import_Problem_{code}", [.. problem.Args ?? []]];
            if (!text.ResourceNotFound)
            {
                return text.Value;
            }
        }

        return problem.Message;
    }

    /// <summary>What is wrong with a cell, in the page's language (rows quarantined before codes existed keep their English).</summary>
    public static string Problem(this IStringLocalizer localizer, Application.Import.Normalising.RowError error) =>
        Translate(localizer, error.ProblemCode, error.Arguments) ?? error.Problem;

    /// <summary>What would fix it, in the page's language; null when there is no advice.</summary>
    public static string? Fix(this IStringLocalizer localizer, Application.Import.Normalising.RowError error) =>
        Translate(localizer, error.SuggestionCode, error.Arguments) ?? error.Suggestion;

    private static string? Translate(IStringLocalizer localizer, string? code, IReadOnlyList<string>? arguments)
    {
        if (code is null)
        {
            return null;
        }

        var text = localizer[$"Msg_{code}", [.. arguments ?? []]];
        return text.ResourceNotFound ? null : text.Value;
    }
}
