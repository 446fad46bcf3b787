namespace FocalPoint.Risk.Crossings;

/// <summary>
/// Lines as slices of one reusable buffer: ten million crossings would otherwise be ten million line strings.
/// A slice is valid until the next call.
/// </summary>
internal sealed class LineReader(TextReader reader)
{
    private char[] buffer = new char[1 << 16];
    private int start;
    private int end;
    private bool eof;

    public bool TryRead(out ReadOnlyMemory<char> line)
    {
        while (true)
        {
            var newline = Array.IndexOf(buffer, '\n', start, end - start);
            if (newline >= 0)
            {
                line = Slice(start, newline);
                start = newline + 1;
                return true;
            }
            if (eof)
            {
                line = Slice(start, end);
                var any = end > start;
                start = end;
                return any;
            }
            Fill();
        }
    }

    private ReadOnlyMemory<char> Slice(int from, int to) =>
        buffer.AsMemory(from, to > from && buffer[to - 1] == '\r' ? to - from - 1 : to - from);

    private void Fill()
    {
        var pending = end - start;
        if (pending == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        else if (start > 0) Array.Copy(buffer, start, buffer, 0, pending);
        start = 0;
        end = pending;
        var read = reader.Read(buffer, end, buffer.Length - end);
        if (read == 0) eof = true;
        end += read;
    }
}
