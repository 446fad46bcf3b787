using System.Globalization;

namespace FocalPoint.Application.Common;

/// <summary>
/// A message for a person, as a code with its arguments (the UI translates it: resource key "Msg_{Code}") and its
/// English wording (API ProblemDetails, the CLI, logs of a failed run). A message without a code was worded by a
/// caller that has no translation for it; the UI shows its text as it is.
/// </summary>
public sealed record UserMessage(string? Code, string English, IReadOnlyList<object> Arguments)
{
    public static UserMessage Plain(string text) => new(null, text, []);
}

/// <summary>
/// A kind of message: its code and its English template (composite format, invariant culture). The English may
/// carry more than the translation (an API client is told the accepted values; a person picks from a list instead).
/// </summary>
public sealed record MessageTemplate(string Code, string English)
{
    public UserMessage With(params object[] arguments) =>
        new(Code, string.Format(CultureInfo.InvariantCulture, English, arguments), arguments);
}
