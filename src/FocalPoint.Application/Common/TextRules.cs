using System.Text.RegularExpressions;

namespace FocalPoint.Application.Common;

/// <summary>
/// Free text goes into reports, exports and other agencies' systems: control characters and markup are
/// refused at the door rather than escaped at every exit.
/// </summary>
public static partial class TextRules
{
    public static void Check(ValidationErrors errors, string field, string? value, int maxLength, bool required = false, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, Messages.Required);
            }

            return;
        }

        if (value.Length > maxLength)
        {
            errors.Add(field, Messages.AtMostCharacters, maxLength, value.Length);
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) && !(multiline && c is '\r' or '\n' or '\t'))
            {
                errors.Add(field, Messages.ControlCharacters);
                break;
            }
        }

        if (Markup().IsMatch(value))
        {
            errors.Add(field, Messages.NoMarkup);
        }
    }

    // A tag starts right after "<" (HTML parsers read "< b" as text): "a < b" and "x <5 m" are ordinary text.
    [GeneratedRegex(@"<[a-zA-Z/!?]", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
