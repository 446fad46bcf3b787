using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace FocalPoint.Data.Protection;

/// <summary>
/// Whether this node can read every key of the shared ring. Run before anything protects: a node that cannot read the
/// ring would otherwise make a key of its own, which the other nodes in turn cannot read, and split the service.
/// </summary>
public static class KeyRingCheck
{
    /// <summary>How many keys (revoked ones aside) this node cannot decrypt with its configuration.</summary>
    public static int UnreadableKeys(IKeyManager keys)
    {
        var unreadable = 0;
        foreach (var key in keys.GetAllKeys().Where(k => !k.IsRevoked))
        {
            try
            {
                // The descriptor is decrypted on first use; a wrong or missing certificate fails here.
                _ = key.Descriptor;
            }
            catch (Exception e) when (e is CryptographicException or InvalidOperationException)
            {
                unreadable++;
            }
        }

        return unreadable;
    }
}
