using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Cyber.Reporting;

/// <summary>
/// Keeps reporters' files under their SHA-256 in the configured directory (never under the name given, never in the
/// web root). The type is read from the first bytes and must agree with the extension, so a script named .png or
/// an executable named .pdf is refused; the files are only ever offered as downloads.
/// </summary>
public sealed class AttachmentStore(IOptions<CyberOptions> options)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Gif = "GIF8"u8.ToArray();

    /// <summary>The content type the bytes show, when it is accepted and matches the extension; otherwise null.</summary>
    public static string? Sniff(string fileName, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".png" when content.StartsWith(Png) => "image/png",
            ".jpg" or ".jpeg" when content.StartsWith(Jpeg) => "image/jpeg",
            ".gif" when content.StartsWith(Gif) => "image/gif",
            ".pdf" when content.StartsWith(Pdf) => "application/pdf",
            ".txt" or ".log" or ".csv" when IsText(content) => "text/plain",
            ".eml" when IsText(content) => "message/rfc822",
            _ => null,
        };
    }

    /// <summary>Writes the file once per content (same hash, same file) and returns its hash.</summary>
    public async Task<string> SaveAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var path = PathOf(hash);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".part";
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }

        return hash;
    }

    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));

    private string PathOf(string hash) =>
        Path.Combine(Path.GetFullPath(options.Value.AttachmentDirectory), hash[..2], hash);

    // Text: valid UTF-8 with no NUL, so a binary with a .txt name is refused.
    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (content.Contains((byte)0))
        {
            return false;
        }

        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
