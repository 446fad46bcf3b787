namespace FocalPoint.Application.Demo.Names;

/// <summary>One slip of the pen or the keyboard, as found in hand-typed records.</summary>
internal static class Typos
{
    private const string Replacements = "aeiouklmnrst";

    /// <summary>The value with exactly one substitution, deletion, insertion or swap of neighbouring letters.</summary>
    public static string OneEdit(string value, Random rng)
    {
        if (value.Length < 3)
        {
            return value + Replacements[rng.Next(Replacements.Length)];
        }

        // The first letter is rarely wrong in real records; edits fall on the rest.
        var i = 1 + rng.Next(value.Length - 1);
        return rng.Next(4) switch
        {
            0 => Substitute(value, i, rng),
            1 => value.Remove(i, 1),
            2 => value.Insert(i, value[i].ToString()),
            _ => i < value.Length - 1 && value[i] != value[i + 1]
                ? string.Concat(value.AsSpan(0, i), value[i + 1].ToString(), value[i].ToString(), value.AsSpan(i + 2))
                : value.Remove(i, 1),
        };
    }

    /// <summary>A date of birth written wrongly: day and month swapped, or one digit off.</summary>
    public static DateOnly WrongDate(DateOnly date, Random rng)
    {
        if (date.Day <= 12 && date.Day != date.Month && rng.Next(2) == 0)
        {
            return new DateOnly(date.Year, date.Day, date.Month);
        }

        return rng.Next(3) switch
        {
            0 => date.AddYears(rng.Next(2) == 0 ? 1 : -1),
            1 => date.AddYears(rng.Next(2) == 0 ? 10 : -10),
            _ => date.Day <= 19 ? date.AddDays(10) : date.AddDays(-10),
        };
    }

    private static string Substitute(string value, int i, Random rng)
    {
        var c = Replacements[rng.Next(Replacements.Length)];
        if (c == char.ToLowerInvariant(value[i]))
        {
            c = c == 'a' ? 'e' : 'a';
        }

        return string.Concat(value.AsSpan(0, i), c.ToString(), value.AsSpan(i + 1));
    }
}
