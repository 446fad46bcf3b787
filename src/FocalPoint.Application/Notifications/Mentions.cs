using System.Text.RegularExpressions;

namespace FocalPoint.Application.Notifications;

/// <summary>"@name" in a note: the user names it mentions, as written (resolved against a case team by the caller).</summary>
public static partial class Mentions
{
    public static IReadOnlySet<string> In(string? text) =>
        text is null ? new HashSet<string>() : MentionPattern().Matches(text).Select(m => m.Groups[1].Value.TrimEnd('.', '-')).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // A mention starts a word: "inv@example" is an address, not a mention. User names are letters, digits, '.', '_', '-'.
    [GeneratedRegex(@"(?<![\w@])@([\p{L}\p{Nd}._-]{1,64})", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
