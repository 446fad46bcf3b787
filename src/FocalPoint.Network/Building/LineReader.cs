namespace FocalPoint.Network;

/// <summary>
/// Hands out lines as slices of one reusable buffer instead of a new string per line: on a million-link
/// edge list that removes a million allocations and most of the load time. A slice is valid until the next call.
/// </summary>
internal sealed class LineReader
{
    private readonly TextReader reader;
    private char[] buffer = new char[1 << 16];
    private int start;
    private int end;
    private bool eof;

    public LineReader(TextReader reader) => this.reader = reader;

    /// <summary>The next line without its terminator (CR LF or LF), or false at the end.</summary>
    public bool TryRead(out ReadOnlyMemory<char> line)
    {
        while (true)
        {
            var newline = Array.IndexOf(buffer, '\n', start, end - start);
            if (newline >= 0)
            {
                line = Trim(start, newline);
                start = newline + 1;
                return true;
            }
            if (eof)
            {
                line = Trim(start, end);
                var any = end > start;
                start = end;
                return any;
            }
            Fill();
        }
    }

    private ReadOnlyMemory<char> Trim(int from, int to) =>
        buffer.AsMemory(from, to > from && buffer[to - 1] == '\r' ? to - from - 1 : to - from);

    private void Fill()
    {
        // Keep the partial line, grow only when a single line outgrows the buffer.
        var pending = end - start;
        if (pending == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        else if (start > 0)
        {
            Array.Copy(buffer, start, buffer, 0, pending);
        }
        start = 0;
        end = pending;
        var read = reader.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            eof = true;
        }
        end += read;
    }
}
