namespace FocalPoint.Application.Import.Reading;

/// <summary>Decides what a file is from its first bytes, never from its name alone: names lie, bytes less so.</summary>
internal static class FileSniffer
{
    public const int SampleSize = 64 * 1024;

    public static ImportFormat Detect(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.Length == 0)
        {
            throw new ImportFileException($"{fileName} is empty.");
        }

        if (head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
        {
            return ImportFormat.Xlsx;
        }

        if (LooksBinary(head))
        {
            throw new ImportFileException($"{fileName} is not a text, CSV, JSON Lines or XLSX file (binary content).");
        }

        var start = SkipBomAndSpace(head);
        return start < head.Length && head[start] == '{' ? ImportFormat.JsonLines : ImportFormat.Csv;
    }

    /// <summary>NUL bytes in text that is not UTF-16, or many control bytes, mean binary data.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (TextEncodingDetector.HasUtf16Bom(head))
        {
            return false;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not ((byte)'\r' or (byte)'\n' or (byte)'\t' or 0x0C))
            {
                control++;
            }
        }

        return control > head.Length / 100 + 2;
    }

    private static int SkipBomAndSpace(ReadOnlySpan<byte> head)
    {
        var i = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (i < head.Length && head[i] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')
        {
            i++;
        }

        return i;
    }
}
