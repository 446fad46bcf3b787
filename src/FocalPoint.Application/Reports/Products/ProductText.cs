using System.Globalization;
using System.Reflection;
using FocalPoint.Domain.Products;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Application.Reports.Products;

/// <summary>
/// The words of a product in its language, from the same table as the screens (tools/strings.tsv, embedded): a kind,
/// a heading or a column reads the same on the dashboard and in the bulletin, and a translation is fixed once.
/// Products are printed outside any web request (the CLI, a schedule), so they read the table, not the UI's resources.
/// </summary>
public static class ProductText
{
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> Table = new(Load);

    public static CultureInfo Culture(ProductLanguage language) => CultureInfo.GetCultureInfo(language switch
    {
        ProductLanguage.Sq => "sq",
        ProductLanguage.Sr => "sr-Latn",
        _ => "en",
    });

    /// <summary>The text of a key in the language; a missing key is a programming error that a test catches.</summary>
    public static string Get(string key, ProductLanguage language) =>
        Table.Value.TryGetValue(key, out var texts) ? texts[(int)language] : throw new KeyNotFoundException($"No text '{key}' in tools/strings.tsv.");

    public static string Format(string key, ProductLanguage language, params object[] arguments) =>
        string.Format(Culture(language), Get(key, language), arguments);

    public static bool Has(string key) => Table.Value.ContainsKey(key);

    public static IEnumerable<string> Keys => Table.Value.Keys;

    public static string Name(IHasLocalNames names, ProductLanguage language) => language switch
    {
        ProductLanguage.Sq => names.NameSq,
        ProductLanguage.Sr => names.NameSr,
        _ => names.NameEn,
    };

    private static Dictionary<string, string[]> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FocalPoint.Strings.tsv")
            ?? throw new InvalidOperationException("tools/strings.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length >= 4)
            {
                table[cells[0]] = [cells[1], cells[2], cells[3]];
            }
        }

        return table;
    }
}
