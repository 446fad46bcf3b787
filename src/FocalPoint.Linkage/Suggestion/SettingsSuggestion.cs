using FocalPoint.Linkage.Suggestion;

namespace FocalPoint.Linkage;

/// <summary>A proposed settings file and why each choice was made.</summary>
/// <param name="Settings">Settings to save and edit.</param>
/// <param name="Notes">One line per decision, naming the column: what it was taken for, or why it was left out.</param>
public sealed record SuggestedSettings(LinkageSettings Settings, IReadOnlyList<string> Notes);

/// <summary>
/// Proposes starting settings for any person file from its columns' names and contents: which column is the id,
/// which hold names, dates of birth, e-mails, places; one comparison each, blocking rules that tolerate a typo in
/// either name, and no comparison for a column another one already determines (a town beside its postcode).
/// </summary>
public static class SettingsSuggestion
{
    private const int SampleSize = 20_000;

    /// <summary>Suggests settings for the given sources (one to deduplicate, several to link).</summary>
    /// <param name="sources">The input tables; all must share the columns the settings name.</param>
    /// <param name="sourcesDeduplicated">True when each source holds a person at most once: clusters are then kept to one record per source.</param>
    public static SuggestedSettings Suggest(IReadOnlyList<RecordTable> sources, bool sourcesDeduplicated = false)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0) throw new LinkageException("Give at least one input to suggest settings for.");
        var first = sources[0];
        var columns = first.Columns.Where(c => sources.All(t => t.HasColumn(c))).ToList();
        var samples = columns.ToDictionary(c => c, c => Sample(sources, c), StringComparer.Ordinal);
        var notes = new List<string>();
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var c in columns) roles[c] = ColumnRole.Guess(c, samples[c]);
        var id = columns.FirstOrDefault(c => roles[c] == Role.Id) ?? columns.FirstOrDefault(c => ColumnRole.Unique(samples[c]))
            ?? throw new LinkageException("No column has a unique value per record to serve as the id: add one.");
        roles[id] = Role.Id;
        var regional = columns.Where(c => roles[c] is Role.FirstName or Role.Surname or Role.FullName).Any(c => ColumnRole.Regional(samples[c]));
        var nameFold = regional ? "spelling-key" : "text";
        Dependence.DropDetermined(columns, roles, samples, notes);
        // Enough random pairs for rare agreements to show, without a million on a small file.
        var records = sources.Sum(t => t.Count);
        var settings = new LinkageSettings { UniqueIdColumn = id, USampleSize = (int)Math.Clamp(records * 20L, 100_000, 1_000_000) };
        foreach (var c in columns)
        {
            var comparison = SuggestedComparison.For(c, roles[c], nameFold);
            if (comparison is null)
            {
                if (roles[c] == Role.Skip) notes.Add($"{c}: not compared (not recognised as a name, date, place, contact or number).");
                continue;
            }
            settings.Comparisons.Add(comparison);
            notes.Add($"{c}: {roles[c]} → {comparison.Comparator} on [{string.Join(", ", comparison.Normalisers)}].");
        }
        settings.BlockingRules.AddRange(SuggestedBlocking.Rules(columns, roles, nameFold));
        if (settings.Comparisons.Count == 0 || settings.BlockingRules.Count == 0)
            throw new LinkageException("No column was recognised as a name, date of birth or contact: write the settings by hand.");
        if (sources.Count > 1 && sourcesDeduplicated)
        {
            settings.Clustering = new ClusteringSettings { Method = "no-chaining", OnePerSource = true, MaxClusterSize = sources.Count };
            notes.Add($"clustering: no chaining, at most one record per source ({sources.Count} sources, each declared free of duplicates).");
        }
        return new SuggestedSettings(settings, notes);
    }

    private static List<string?> Sample(IReadOnlyList<RecordTable> tables, string column)
    {
        var values = new List<string?>();
        foreach (var t in tables)
        {
            var step = Math.Max(1, t.Count * tables.Count / SampleSize);
            for (var r = 0; r < t.Count; r += step) values.Add(t.Get(r, column));
        }
        return values;
    }
}
