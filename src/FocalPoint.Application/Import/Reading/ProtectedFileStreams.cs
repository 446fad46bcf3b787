using System.Security.Cryptography;

namespace FocalPoint.Application.Import.Reading;

/// <summary>Writes plaintext as sealed chunks; a full chunk is held back until more follows, so the last one is known and flagged.</summary>
internal sealed class ProtectedFileWriter(FileStream file, byte[] key) : Stream
{
    private readonly AesGcm aes = new(key, ProtectedFile.TagSize);
    private readonly byte[] plain = new byte[ProtectedFile.ChunkSize];
    private readonly byte[] cipher = new byte[ProtectedFile.ChunkSize + ProtectedFile.TagSize];
    private int filled;
    private long index;
    private bool closed;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            if (filled == plain.Length)
            {
                Seal(last: false);
            }

            var take = Math.Min(buffer.Length, plain.Length - filled);
            buffer[..take].CopyTo(plain.AsSpan(filled));
            filled += take;
            buffer = buffer[take..];
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush() => file.Flush();

    private void Seal(bool last)
    {
        Span<byte> nonce = stackalloc byte[12];
        Span<byte> associated = stackalloc byte[9];
        ProtectedFile.Nonce(nonce, index);
        ProtectedFile.Associated(associated, index, last);
        aes.Encrypt(nonce, plain.AsSpan(0, filled), cipher.AsSpan(0, filled), cipher.AsSpan(filled, ProtectedFile.TagSize), associated);
        file.Write(cipher, 0, filled + ProtectedFile.TagSize);
        (filled, index) = (0, index + 1);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !closed)
        {
            closed = true;
            Seal(last: true);
            file.Dispose();
            aes.Dispose();
            CryptographicOperations.ZeroMemory(plain);
        }

        base.Dispose(disposing);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>Reads a sealed file as its plaintext; any chunk changed, moved or cut off fails its tag and stops the read.</summary>
internal sealed class ProtectedFileReader : Stream
{
    private const int Sealed = ProtectedFile.ChunkSize + ProtectedFile.TagSize;
    private readonly FileStream file;
    private readonly AesGcm aes;
    private readonly long start;
    private readonly long chunks;
    private readonly byte[] cipher = new byte[Sealed];
    private readonly byte[] plain = new byte[ProtectedFile.ChunkSize];
    private long loaded = -1;
    private int loadedLength;
    private long position;

    public ProtectedFileReader(FileStream file, byte[] key, long start)
    {
        (this.file, this.start) = (file, start);
        aes = new AesGcm(key, ProtectedFile.TagSize);
        var body = file.Length - start;
        chunks = Math.Max(1, (body + Sealed - 1) / Sealed);
        Length = body - chunks * ProtectedFile.TagSize;
        if (Length < 0)
        {
            throw new ImportFileException("The staged copy is cut short; discard the batch and import the file again.");
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length { get; }

    public override long Position
    {
        get => position;
        set => position = Math.Clamp(value, 0, Length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (position >= Length || buffer.Length == 0)
        {
            return 0;
        }

        var chunk = position / ProtectedFile.ChunkSize;
        Load(chunk);
        var within = (int)(position - chunk * ProtectedFile.ChunkSize);
        var take = Math.Min(buffer.Length, loadedLength - within);
        plain.AsSpan(within, take).CopyTo(buffer);
        position += take;
        return take;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    private void Load(long chunk)
    {
        if (chunk == loaded)
        {
            return;
        }

        var last = chunk == chunks - 1;
        var length = last ? (int)(Length - chunk * ProtectedFile.ChunkSize) : ProtectedFile.ChunkSize;
        file.Position = start + chunk * Sealed;
        file.ReadExactly(cipher, 0, length + ProtectedFile.TagSize);
        Span<byte> nonce = stackalloc byte[12];
        Span<byte> associated = stackalloc byte[9];
        ProtectedFile.Nonce(nonce, chunk);
        ProtectedFile.Associated(associated, chunk, last);
        try
        {
            aes.Decrypt(nonce, cipher.AsSpan(0, length), cipher.AsSpan(length, ProtectedFile.TagSize), plain.AsSpan(0, length), associated);
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new ImportFileException("The staged copy was altered or damaged; discard the batch and import the file again.");
        }

        (loaded, loadedLength) = (chunk, length);
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => Length + offset,
    };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
            aes.Dispose();
            CryptographicOperations.ZeroMemory(plain);
        }

        base.Dispose(disposing);
    }

    public override void Flush()
    {
    }

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
