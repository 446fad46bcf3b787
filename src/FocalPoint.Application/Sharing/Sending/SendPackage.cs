using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Application.Sharing.Partners;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Sharing;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Sharing.Sending;

/// <summary>One package in the ledger after a send.</summary>
public sealed record SentPackage(long Id, string PartnerCode, Guid PackageId, PackageStatus Status, int Records, int Bytes);

/// <summary>
/// Seals one package per partner (its own redaction, its own keys; other members named only if the group allows) and
/// writes each to the ledger. Packages with H2/H3 or RED records wait for a commander: they are sealed now, so the
/// approver approves the exact bytes previewed, but not released (audited as a disclosure only once approved).
/// </summary>
public sealed class SendPackage(FocalPointDbContext db, IAccessContext accessContext, PreviewPackage preview, OwnKeys ownKeys, IAuditLog audit, IOptions<SharingOptions> options, TimeProvider time)
{
    public async Task<CommandResult<IReadOnlyList<SentPackage>>> HandleAsync(SendInput input, CancellationToken cancellationToken = default)
    {
        var built = await preview.HandleAsync(input, cancellationToken);
        if (!built.Succeeded)
        {
            return new(null, built.Errors, built.NotFound);
        }

        var user = (await accessContext.GetAsync(cancellationToken)).UserName;
        var signer = await ownKeys.SigningKeyAsync(cancellationToken);
        var now = time.GetUtcNow();
        var sent = new List<SentPackage>();
        foreach (var package in built.Value!)
        {
            var keys = await PartnerKeys.EncryptionKeysAsync(db, package.PartnerId, now, cancellationToken);
            var payload = new Payload(PackageFormat.Payload, Payload.RecordsKind, options.Value.OwnCode, package.PartnerCode, input.Purpose!.Trim(), package.Records,
                package.SharedWith.Count > 0 ? package.SharedWith : null);
            var (bytes, envelope) = PackageSealer.SealEnvelope(payload.ToJson(), signer, keys, now, now.AddDays(options.Value.ExpiryDays));
            var row = Ledger(package, payload, envelope, bytes, user);
            db.SharingPackages.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            if (row.Status == PackageStatus.Sent)
            {
                await AuditAsync(audit, row, package.Records, cancellationToken);
            }

            sent.Add(new SentPackage(row.Id, package.PartnerCode, envelope.PackageId, row.Status, package.Records.Count, bytes.Length));
        }

        return CommandResult<IReadOnlyList<SentPackage>>.Ok(sent);
    }

    /// <summary>The disclosure entry: recipient, purpose and every record by reference (never by content).</summary>
    internal static ValueTask AuditAsync(IAuditLog audit, SharingPackageRecord row, IEnumerable<SharedRecord> records, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEvent(AuditAction.Disclose, "SharingPackage", [.. records.Select(r => r.Ref)], row.Purpose, [row.Partner?.Code ?? row.PartnerId.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            Detail: $"package {row.PackageId:D}, {row.Handling}, TLP:{row.Tlp}"), cancellationToken);

    private static SharingPackageRecord Ledger(PartnerPackage package, Payload payload, Envelope envelope, byte[] bytes, string user) => new()
    {
        PackageId = envelope.PackageId, Nonce = Convert.ToBase64String(envelope.Nonce), Direction = PackageDirection.Sent, PartnerId = package.PartnerId,
        Status = package.NeedsApproval ? PackageStatus.AwaitingApproval : PackageStatus.Sent, Kind = payload.Kind, Purpose = payload.Purpose,
        Handling = package.Records.Select(r => r.Handling).DefaultIfEmpty("H0").Max(StringComparer.Ordinal)!,
        Tlp = package.Records.Select(r => r.Tlp).OrderByDescending(TlpRank).FirstOrDefault() ?? "CLEAR",
        RecordCount = package.Records.Count, SizeBytes = bytes.Length, ExpiresAtUtc = envelope.Expires.UtcDateTime, RequestedBy = user,
        Content = bytes, Selection = string.Join('\n', package.Records.Select(r => r.Ref)),
    };

    internal static int TlpRank(string tlp) => tlp switch { "CLEAR" => 0, "GREEN" => 1, "AMBER" => 2, "AMBER+STRICT" => 3, _ => 4 };
}
