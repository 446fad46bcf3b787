using System.Security.Cryptography;
using System.Text;

namespace FocalPoint.Data.Auditing;

/// <summary>
/// The key that signs anchors. It is kept out of the database on purpose: whoever can rewrite the audit tables
/// must not also be able to sign a new anchor for a shortened chain.
/// </summary>
public sealed class AuditAnchorKey
{
    private readonly byte[] key;

    private AuditAnchorKey(byte[] key) => this.key = key;

    public ReadOnlySpan<byte> Bytes => key;

    /// <summary>Whether this key signed the anchor: false for an altered anchor or one signed with another key.</summary>
    public bool Signed(AuditAnchor anchor)
    {
        var expected = AuditHash.AnchorMac(key, anchor.Sequence, anchor.Hash, anchor.AtUtc);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(anchor.Mac));
    }

    /// <summary>From a configured secret of any length (hashed to 32 bytes).</summary>
    public static AuditAnchorKey FromSecret(string secret) => new(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The configured secret, else the key file, created with a random key on first use.</summary>
    public static AuditAnchorKey Load(AuditOptions options)
    {
        if (!string.IsNullOrEmpty(options.AnchorKey))
        {
            return FromSecret(options.AnchorKey);
        }

        var path = Path.GetFullPath(options.AnchorKeyFile);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var created = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                created.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var writer = new StreamWriter(path, Encoding.ASCII, created);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }

        return FromFile(path);
    }

    /// <summary>An existing key file (base64), as `audit verify` reads it.</summary>
    public static AuditAnchorKey FromFile(string path) => new(Convert.FromBase64String(File.ReadAllText(path).Trim()));
}
