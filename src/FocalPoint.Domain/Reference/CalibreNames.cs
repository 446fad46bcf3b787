using System.Text;

namespace FocalPoint.Domain.Reference;

/// <summary>Calibre spellings reduced to one comparable key: "7,62 × 39 mm" and "7.62x39" give "7.62X39".</summary>
public static class CalibreNames
{
    public static string Key(string spelling)
    {
        var builder = new StringBuilder(spelling.Length);
        foreach (var raw in spelling.Normalize(NormalizationForm.FormKC).Trim())
        {
            var c = raw switch
            {
                ',' => '.',
                '×' or '*' or 'х' or 'Х' => 'X',
                _ => char.ToUpperInvariant(raw),
            };
            if (char.IsWhiteSpace(c) || c == '-' && builder.Length > 0 && builder[^1] == 'X')
            {
                continue;
            }

            builder.Append(c);
        }

        var key = builder.ToString();
        return key.EndsWith("MM", StringComparison.Ordinal) ? key[..^2] : key;
    }
}
