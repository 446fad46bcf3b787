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
}
