namespace FocalPoint.Linkage.Normalisation;

/// <summary>Name shapes: word order and patronymics.</summary>
internal static class Names
{
    /// <summary>Tokens sorted ordinally, so "Krasniqi Agim" and "Agim Krasniqi" agree.</summary>
    public static string SortedTokens(string folded)
    {
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(tokens, StringComparer.Ordinal);
        return string.Join(' ', tokens);
    }

    /// <summary>
    /// Drops the patronymic: parenthesised parts ("Agim (Bajram) Krasniqi"), and the middle tokens of three-part names, where Albanian and Serbian records put
    /// the father's name. Keeps first and last token.
    /// </summary>
    public static string DropPatronymic(string raw)
    {
        var text = raw;
        var open = text.IndexOf('(', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf(')', open);
            text = close < 0 ? text[..open] : text[..open] + " " + text[(close + 1)..];
            open = text.IndexOf('(', StringComparison.Ordinal);
        }
        var tokens = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length <= 2 ? string.Join(' ', tokens) : tokens[0] + " " + tokens[^1];
    }
}
