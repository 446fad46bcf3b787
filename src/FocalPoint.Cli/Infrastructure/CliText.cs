using FocalPoint.Application.Common;
using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Application.Linkage;
using FocalPoint.Application.Reports.Products;
using FocalPoint.Domain.Products;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Infrastructure;

/// <summary>
/// The engines' and use cases' messages in the user's language on the command line (issue 10 item 9): the same codes
/// and the same table as the pages (tools/strings.tsv through <see cref="ProductText"/>). The language comes from
/// <c>--language</c>, else FOCALPOINT_LANGUAGE, else the locale (LC_ALL, LC_MESSAGES, LANG); English otherwise.
/// In English, and for a message without a code or a translation, the engine's own English is printed.
/// </summary>
public static class CliText
{
    private static readonly AsyncLocal<ProductLanguage?> Chosen = new();

    public static ProductLanguage Language => Chosen.Value ?? FromEnvironment();

    /// <summary>Set once per invocation from --language (null: the environment decides).</summary>
    public static void Use(string? language) => Chosen.Value = language is null ? null : Parse(language);

    public static bool IsKnown(string language) => language.ToLowerInvariant() is "en" or "sq" or "sr" or "sr-latn";

    public static string Problem(ImportProblem problem) =>
        Translate(problem.Code is null ? null : $"Import_Problem_{problem.Code}", problem.Args) ?? problem.Message;

    public static string Problem(RowError error) => Translate(Key(error.ProblemCode), error.Arguments) ?? error.Problem;

    public static string? Fix(RowError error) => Translate(Key(error.SuggestionCode), error.Arguments) ?? error.Suggestion;

    public static string Message(UserMessage message) =>
        Translate(Key(message.Code), [.. message.Arguments.Select(a => Convert.ToString(a, ProductText.Culture(Language)) ?? "")]) ?? message.English;

    public static string Message(LinkageException error) => Message(LinkageMessages.For(error));

    /// <summary>One of the command line's own frames (keys Cli_*), in the language.</summary>
    public static string Format(string key, params object[] arguments) => ProductText.Format(key, Language, arguments);

    private static string? Key(string? code) => code is null ? null : $"Msg_{code}";

    private static string? Translate(string? key, IReadOnlyList<string>? arguments)
    {
        // English is the engine's own text, which may say more than the table's (the accepted values, the nearest key).
        if (key is null || Language == ProductLanguage.En || !ProductText.Has(key))
        {
            return null;
        }

        return ProductText.Format(key, Language, [.. arguments ?? []]);
    }

    private static ProductLanguage FromEnvironment()
    {
        foreach (var name in new[] { "FOCALPOINT_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                return Parse(value);
            }
        }

        return ProductLanguage.En;
    }

    // "sq_AL.UTF-8", "sr_RS@latin", "sr-Latn": the language part decides.
    private static ProductLanguage Parse(string value) => value.ToLowerInvariant() switch
    {
        var v when v.StartsWith("sq", StringComparison.Ordinal) => ProductLanguage.Sq,
        var v when v.StartsWith("sr", StringComparison.Ordinal) => ProductLanguage.Sr,
        _ => ProductLanguage.En,
    };
}
