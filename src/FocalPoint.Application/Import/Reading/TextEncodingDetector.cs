using System.Text;

namespace FocalPoint.Application.Import.Reading;

/// <summary>
/// Text encoding of an agency export: a byte order mark when there is one, UTF-8 when the bytes are valid UTF-8, else
/// Windows-1250 (Central European: Albanian ë and ç exist in both, but Serbian č ć š ž đ only in 1250) or 1252.
/// </summary>
public static class TextEncodingDetector
{
    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Names accepted for a chosen encoding.</summary>
    public static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            throw new ImportFileException($"Unknown encoding \"{name}\". Use utf-8, utf-16, windows-1250 or windows-1252.");
        }
    }

    public static bool HasUtf16Bom(ReadOnlySpan<byte> head) =>
        head.Length >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF);

    public static Encoding Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(false);
        }

        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return Encoding.Unicode;
        }

        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode;
        }

        if (IsUtf8(head))
        {
            return new UTF8Encoding(false);
        }

        return Score1250(head) >= 0 ? Encoding.GetEncoding(1250) : Encoding.GetEncoding(1252);
    }

    /// <summary>Valid UTF-8, allowing a sequence cut off at the end of the sample.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> head)
    {
        var i = 0;
        while (i < head.Length)
        {
            var b = head[i];
            var extra = b < 0x80 ? 0 : (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : -1;
            if (extra < 0)
            {
                return false;
            }

            for (var k = 1; k <= extra; k++)
            {
                if (i + k >= head.Length)
                {
                    return true;
                }

                if ((head[i + k] & 0xC0) != 0x80)
                {
                    return false;
                }
            }

            i += extra + 1;
        }

        return true;
    }

    /// <summary>
    /// Bytes that are Serbian/Croatian letters in 1250 (š 0x9A, ž 0x9E, č 0xE8, ć 0xE6, đ 0xF0, Š 0x8A, Ž 0x8E, Č 0xC8, Ć 0xC6, Đ 0xD0)
    /// count for 1250; bytes that are letters only in 1252 (à á â ã ä å æ è ì í î ï ð ñ ò ó ô õ ö ù ú û ü ý) count for 1252.
    /// </summary>
    private static int Score1250(ReadOnlySpan<byte> head)
    {
        var score = 0;
        foreach (var b in head)
        {
            if (b is 0x9A or 0x9E or 0xE8 or 0xE6 or 0xF0 or 0x8A or 0x8E or 0xC8 or 0xC6 or 0xD0 or 0x9C or 0x8C)
            {
                score++;
            }
            else if (b is 0xE0 or 0xE2 or 0xE3 or 0xE5 or 0xEC or 0xEE or 0xF1 or 0xF2 or 0xF5 or 0xF9 or 0xFB or 0xD1)
            {
                score--;
            }
        }

        return score;
    }
}
