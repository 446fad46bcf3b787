using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Protection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Web.Hosting;

/// <summary>
/// A node whose configuration disagrees with what the shared database holds refuses to start (issue 18): it could not
/// read what the others wrote, or would write what they cannot read. The message names the setting to fix.
/// </summary>
internal static partial class NodeConfigurationCheck
{
    public static async Task RunAsync(IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        var keys = services.GetRequiredService<KeyProtectionOptions>();
        if (!keys.Protected)
        {
            LogKeysUnprotected(logger, KeyProtectionOptions.CertificatePathSetting);
        }

        // A new database has neither keys nor anchors (nor their tables) yet: nothing to disagree with.
        var db = services.GetRequiredService<FocalPointDbContext>();
        if (!(await db.Database.GetAppliedMigrationsAsync(ct)).Any())
        {
            return;
        }

        var unreadable = KeyRingCheck.UnreadableKeys(services.GetRequiredService<IKeyManager>());
        if (unreadable > 0)
        {
            throw new NodeConfigurationException(
                $"{KeyProtectionOptions.CertificatePathSetting}: this node cannot decrypt {unreadable} data-protection key(s) in the database. "
                + "Every node must be configured with the certificate the key ring is protected with.");
        }

        if (!await AnchorKeyCheck.MatchesChainAsync(db, services.GetRequiredService<AuditAnchorKey>(), ct))
        {
            throw new NodeConfigurationException(
                $"Audit:AnchorKey (or Audit:AnchorKeyFile when the key is not set): the newest audit anchor in the database was not signed with this node's key. "
                + "Every node must share the anchor key the chain was anchored with; if the key is right, run `focalpoint audit verify`: the anchors were altered.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Data-protection keys are stored unprotected in the database ({Setting} is not set): whoever holds a backup can read the encrypted columns (ADR 0007)")]
    private static partial void LogKeysUnprotected(ILogger logger, string setting);
}

/// <summary>The node's configuration disagrees with the shared database; the message names the setting.</summary>
internal sealed class NodeConfigurationException(string message) : Exception(message);
