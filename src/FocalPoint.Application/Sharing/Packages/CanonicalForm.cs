using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace FocalPoint.Application.Sharing.Packages;

/// <summary>
/// The bytes that are signed and authenticated: every field as a 4-byte big-endian length followed by its bytes
/// (text as UTF-8), in the order documented in docs/sharing-package.md. Independent of JSON whitespace, property order
/// and escaping, so a partner can rebuild it with any JSON library.
/// </summary>
internal sealed class CanonicalForm
{
    private readonly MemoryStream buffer = new();

    public CanonicalForm Add(string text) => Add(Encoding.UTF8.GetBytes(text));

    public CanonicalForm Add(DateTimeOffset time) => Add(Time(time));

    public CanonicalForm Add(byte[]? bytes)
    {
        bytes ??= [];
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
        return this;
    }

    public byte[] ToArray() => buffer.ToArray();

    /// <summary>RFC 3339 in UTC to the second: package times are cut to seconds when sealed.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>What the payload's AES-GCM authenticates besides itself: the header, so it cannot be moved to another envelope.</summary>
    public static byte[] Header(Envelope e) => new CanonicalForm()
        .Add(e.Format).Add(e.PackageId.ToString("D")).Add(e.Created).Add(e.Expires).Add(e.Nonce).Add(e.SenderKeyId).ToArray();

    /// <summary>What the sender signs: the header, every recipient entry and the encrypted payload.</summary>
    public static byte[] Signed(Envelope e)
    {
        var form = new CanonicalForm().Add(Header(e)).Add(e.Recipients.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var r in e.Recipients)
        {
            form.Add(r.KeyId).Add(r.Algorithm).Add(r.WrappedKey).Add(r.EphemeralKey).Add(r.Iv);
        }

        return form.Add(e.Payload.Algorithm).Add(e.Payload.Iv).Add(e.Payload.Ciphertext).Add(e.Payload.Tag).Add(e.Signature.Algorithm).ToArray();
    }
}
