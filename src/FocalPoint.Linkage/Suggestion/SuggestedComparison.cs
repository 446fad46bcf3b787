namespace FocalPoint.Linkage.Suggestion;

/// <summary>The comparison a column of each role gets.</summary>
internal static class SuggestedComparison
{
    public static ComparisonSettings? For(string column, Role role, string nameFold) => role switch
    {
        Role.FirstName or Role.Surname => new() { Column = column, Normalisers = [nameFold], Comparator = "jaro-winkler", Levels = [0.92, 0.8], TermFrequency = true },
        Role.FullName => new() { Column = column, Normalisers = [nameFold], Comparator = "token-set", Levels = [0.92, 0.8], TermFrequency = true },
        Role.OtherName => new() { Column = column, Normalisers = [nameFold], Comparator = "jaro-winkler", Levels = [0.9] },
        Role.BirthDate => new() { Column = column, Normalisers = ["date"], Comparator = "date", Levels = [366] },
        Role.Email => new() { Column = column, Normalisers = ["casefold", "trim"], Comparator = "jaro-winkler", Levels = [0.9] },
        Role.Phone => new() { Column = column, Normalisers = ["phone"], Comparator = "exact" },
        Role.Postcode => new() { Column = column, Normalisers = ["text"], Comparator = "jaro-winkler", Levels = [0.9], TermFrequency = true },
        Role.Town => new() { Column = column, Normalisers = ["text"], Comparator = "jaro-winkler", Levels = [0.9], TermFrequency = true },
        Role.Address => new() { Column = column, Normalisers = ["text"], Comparator = "token-set", Levels = [0.9, 0.75] },
        Role.PersonalNumber => new() { Column = column, Normalisers = ["digits"], Comparator = "personal-number" },
        Role.Sex => new() { Column = column, Normalisers = ["casefold"], Comparator = "exact" },
        _ => null,
    };
}
