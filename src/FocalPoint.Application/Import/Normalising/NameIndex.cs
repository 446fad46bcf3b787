namespace FocalPoint.Application.Import.Normalising;

/// <summary>
/// Finds a reference value by any of its names after <see cref="TextFold.Key"/>, then by a small edit distance for
/// misspellings; answers are cached per spelling, because a file repeats the same few hundred values a million times.
/// </summary>
public sealed class NameIndex<T>
    where T : class
{
    private readonly Dictionary<string, T> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (T? Match, string? Suggestion)> cache = new(StringComparer.Ordinal);
    private readonly Func<T, string> display;

    public NameIndex(IEnumerable<T> values, Func<T, IEnumerable<string?>> names, Func<T, string> display)
    {
        this.display = display;
        foreach (var value in values)
        {
            foreach (var name in names(value))
            {
                var key = TextFold.Key(name);
                if (key.Length > 0)
                {
                    exact.TryAdd(key, value);
                }
            }
        }
    }

    /// <summary>True when the spelling names a value exactly (any name, script or case), not by a small misspelling.</summary>
    public bool IsExact(string spelling) => exact.ContainsKey(TextFold.Key(spelling));

    /// <summary>The name a match is shown by ("matched Salina to Klinë").</summary>
    public string Display(T value) => display(value);

    /// <summary>The value a spelling names, or null with the closest name as a suggestion.</summary>
    public (T? Match, string? Suggestion) Find(string spelling)
    {
        if (cache.TryGetValue(spelling, out var known))
        {
            return known;
        }

        var result = Resolve(spelling);
        if (cache.Count < 100_000)
        {
            cache[spelling] = result;
        }

        return result;
    }

    private (T?, string?) Resolve(string spelling)
    {
        var key = TextFold.Key(spelling);
        if (key.Length == 0)
        {
            return (null, null);
        }

        if (exact.TryGetValue(key, out var match))
        {
            return (match, null);
        }

        // One typo in a short name, two (a swapped pair) in a longer one; anything further is only a suggestion.
        var allowed = key.Length >= 6 ? 2 : key.Length >= 4 ? 1 : 0;
        T? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var (name, value) in exact)
        {
            var distance = TextFold.Distance(key, name, Math.Max(allowed, 3));
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (value, distance, false);
            }
            else if (distance == bestDistance && !ReferenceEquals(best, value))
            {
                tie = true;
            }
        }

        if (best is not null && bestDistance <= allowed && !tie)
        {
            return (best, null);
        }

        return (null, best is not null && bestDistance <= 3 ? display(best) : null);
    }
}
