using FocalPoint.Application.Common;
using Microsoft.Extensions.Localization;

namespace FocalPoint.Web.Localisation;

/// <summary>Words the use cases' messages (codes and arguments) in the reader's language.</summary>
internal static class MessageText
{
    public static string Text(this IStringLocalizer localizer, UserMessage message)
    {
        if (message.Code is null)
        {
            return message.English;
        }

        var text = localizer[$"Msg_{message.Code}", [.. message.Arguments]];
        return text.ResourceNotFound ? message.English : text.Value;
    }

    /// <summary>Every message, each once, for a summary line.</summary>
    public static string AllText(this IStringLocalizer localizer, ValidationErrors? errors) =>
        errors is null ? "" : string.Join(" ", errors.Entries.SelectMany(e => e.Value).Select(localizer.Text).Distinct());

    public static string? FirstText(this IStringLocalizer localizer, ValidationErrors? errors) =>
        errors?.Entries.SelectMany(e => e.Value).Select(localizer.Text).FirstOrDefault();
}
