using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using FocalPoint.Data.Protection;

namespace FocalPoint.Application.Import.Reading;

/// <summary>
/// A staged upload kept encrypted at rest, as the registry's personal fields are: a random AES-256-GCM key per file,
/// itself protected by the data-protection key ring (<see cref="FieldProtection"/>) in the file's header, then the
/// content in 64 KiB chunks, each sealed with its index and a last-chunk flag so that chunks cannot be reordered,
/// swapped or cut off unnoticed. Chunks make the reader seekable, as XLSX (a zip) needs.
/// </summary>
public static class ProtectedFile
{
    internal const int ChunkSize = 64 * 1024;
    internal const int TagSize = 16;
    private static readonly byte[] Magic = "FPSTAGE1"u8.ToArray();

    /// <summary>A stream that encrypts what is written to <paramref name="path"/> (a new file).</summary>
    public static Stream Create(string path, FieldProtection protection)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        var sealedKey = Encoding.UTF8.GetBytes(protection.Protect(Convert.ToBase64String(key)));
        file.Write(Magic);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, sealedKey.Length);
        file.Write(length);
        file.Write(sealedKey);
        return new ProtectedFileWriter(file, key);
    }

    /// <summary>The plaintext of a staged file, decrypted chunk by chunk as it is read; seekable.</summary>
    public static Stream OpenRead(string path, FieldProtection protection)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            Span<byte> head = stackalloc byte[Magic.Length + 4];
            file.ReadExactly(head);
            if (!head[..Magic.Length].SequenceEqual(Magic))
            {
                throw new ImportFileException("The staged copy is not an encrypted staging file; discard the batch and import the file again.");
            }

            var sealedKey = new byte[BinaryPrimitives.ReadInt32LittleEndian(head[Magic.Length..])];
            file.ReadExactly(sealedKey);
            var key = Convert.FromBase64String(protection.Unprotect(Encoding.UTF8.GetString(sealedKey)));
            return new ProtectedFileReader(file, key, file.Position);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    internal static void Nonce(Span<byte> nonce, long index)
    {
        nonce.Clear();
        BinaryPrimitives.WriteInt64LittleEndian(nonce[4..], index);
    }

    internal static void Associated(Span<byte> data, long index, bool last)
    {
        BinaryPrimitives.WriteInt64LittleEndian(data, index);
        data[8] = last ? (byte)1 : (byte)0;
    }
}
