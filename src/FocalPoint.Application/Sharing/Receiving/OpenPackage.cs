using System.Text.Json;
using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Application.Sharing.Partners;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Sharing.Receiving;

/// <summary>What opening gave: a refusal and its message, or the ledger row, the records' correlation and the acknowledgement to send back.</summary>
public sealed record OpenOutcome(PackageRefusal? Refusal, UserMessage? Message, long? LedgerId = null, string? PartnerCode = null, int Records = 0, int Joined = 0, int Doubtful = 0, byte[]? Acknowledgement = null, long? AcknowledgementId = null);

/// <summary>
/// Takes in a partner's package. Every refusal stores nothing but an audit entry; an accepted package is stored with
/// its provenance (partner, package id, time, each record's conditions), its firearms and persons joined to ours on
/// typed identifiers, and an acknowledgement is sealed for the partner. An acknowledgement package marks our sent one.
/// </summary>
public sealed class OpenPackage(FocalPointDbContext db, IAccessContext accessContext, OwnKeys ownKeys, SenderDirectory directory, Correlation correlation, IAuditLog audit, IOptions<SharingOptions> options, TimeProvider time)
{
    public async Task<CommandResult<OpenOutcome>> HandleAsync(byte[] bytes, CancellationToken cancellationToken = default)
    {
        if (!(await accessContext.GetAsync(cancellationToken)).Holds(Capabilities.SharingSend))
        {
            return CommandResult<OpenOutcome>.Missing();
        }

        var now = time.GetUtcNow();
        var opened = PackageOpener.Open(bytes, await directory.LoadAsync(now, cancellationToken), await ownKeys.DecryptionKeysAsync(cancellationToken), now, options.Value.MaxPackageBytes);
        if (!opened.Accepted)
        {
            return await RefuseAsync(opened.Refusal!.Value, opened, opened.PartnerCode ?? "", cancellationToken);
        }

        var envelope = opened.Envelope!;
        var payload = Payload.FromJson(opened.Payload!);
        var partner = await db.SharingPartners.FirstAsync(p => p.Code == opened.PartnerCode, cancellationToken);
        var nonce = Convert.ToBase64String(envelope.Nonce);
        if (await db.SharingPackages.AnyAsync(p => p.Direction == PackageDirection.Received && (p.PackageId == envelope.PackageId || p.Nonce == nonce), cancellationToken))
        {
            return await RefuseAsync(PackageRefusal.Replayed, opened, partner.Code, cancellationToken);
        }

        if (payload.Sender != partner.Code || payload.Recipient != options.Value.OwnCode)
        {
            return await RefuseAsync(PackageRefusal.NotAddressedToUs, opened, partner.Code, cancellationToken);
        }

        // H2: not to be disseminated without the provider's permission. A record whose originator is not the sender was
        // passed on; if the originator marked it H2 we refuse the package rather than hold what was given in breach.
        var forwarded = payload.Records.FirstOrDefault(r => r.Handling == "H2" && !r.Ref.StartsWith(partner.Code + ":", StringComparison.Ordinal));
        if (forwarded is not null)
        {
            return await RefuseAsync(PackageRefusal.ConditionsForbid, opened, partner.Code, cancellationToken, forwarded.Ref);
        }

        var row = Ledger(envelope, payload, partner, bytes.Length);
        var pairs = payload.Records.Select(r => (Shared: r, Row: Received(r))).ToList();
        row.Records.AddRange(pairs.Select(p => p.Row));
        await correlation.RunAsync(pairs, options.Value.FanOutCap, cancellationToken);
        await AcknowledgedAsync(payload, partner, now, cancellationToken);
        db.SharingPackages.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "SharingPackage", [.. payload.Records.Select(r => r.Ref).DefaultIfEmpty(row.PackageId.ToString("D"))], payload.Purpose, [partner.Code],
            Detail: $"package {row.PackageId:D} received, {row.Handling}, TLP:{row.Tlp}"), cancellationToken);

        var ack = payload.Kind == Payload.RecordsKind ? await AcknowledgeAsync(row, partner, now, cancellationToken) : null;
        return CommandResult<OpenOutcome>.Ok(new OpenOutcome(null, null, row.Id, partner.Code, row.RecordCount,
            row.Records.Count(r => r.Match == Correlation.Same), row.Records.Count(r => r.Match == Correlation.Doubt), ack?.Content, ack?.Id));
    }

    /// <summary>A file refused for its size before it was read (its sender declared it): stored nothing, audited like any refusal.</summary>
    public async Task<CommandResult<OpenOutcome>> RefuseTooLargeAsync(CancellationToken cancellationToken = default) =>
        (await accessContext.GetAsync(cancellationToken)).Holds(Capabilities.SharingSend)
            ? await RefuseAsync(PackageRefusal.TooLarge, new OpenedPackage(PackageRefusal.TooLarge), "", cancellationToken)
            : CommandResult<OpenOutcome>.Missing();

    private async Task<CommandResult<OpenOutcome>> RefuseAsync(PackageRefusal refusal, OpenedPackage opened, string partnerCode, CancellationToken cancellationToken, string? record = null)
    {
        var message = SharingMessages.For(refusal).With(refusal switch
        {
            PackageRefusal.TooLarge => options.Value.MaxPackageBytes / (1024 * 1024),
            PackageRefusal.SenderKeyRevoked => partnerCode,
            _ => record ?? "",
        });

        // The attempt is on record, with what can be said of it without trusting the package: its claimed id and key.
        await audit.RecordAsync(new AuditEvent(AuditAction.AccessRefused, "SharingPackage", [opened.Envelope?.PackageId.ToString("D") ?? "-"], null,
            partnerCode.Length > 0 ? [partnerCode] : null, Detail: $"package refused: {refusal}, key {opened.Envelope?.SenderKeyId ?? "-"}"), cancellationToken);
        return CommandResult<OpenOutcome>.Ok(new OpenOutcome(refusal, message, PartnerCode: partnerCode));
    }

    private async Task AcknowledgedAsync(Payload payload, SharingPartner partner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (payload.Acknowledges is { } ack)
        {
            var ours = await db.SharingPackages.FirstOrDefaultAsync(p => p.Direction == PackageDirection.Sent && p.PackageId == ack.PackageId && p.PartnerId == partner.Id, cancellationToken);
            if (ours is not null)
            {
                ours.Status = PackageStatus.Acknowledged;
                ours.AcknowledgedAtUtc = now.UtcDateTime;
            }
        }
    }

    private async Task<SharingPackageRecord?> AcknowledgeAsync(SharingPackageRecord received, SharingPartner partner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = await PartnerKeys.EncryptionKeysAsync(db, partner.Id, now, cancellationToken);
        if (keys.Count == 0)
        {
            return null;
        }

        var payload = new Payload(PackageFormat.Payload, Payload.AcknowledgementKind, options.Value.OwnCode, partner.Code, received.Purpose, [],
            Acknowledges: new Acknowledgement(received.PackageId, received.RecordCount, now));
        var (bytes, envelope) = PackageSealer.SealEnvelope(payload.ToJson(), await ownKeys.SigningKeyAsync(cancellationToken), keys, now, now.AddDays(options.Value.ExpiryDays));
        var row = db.SharingPackages.Add(new SharingPackageRecord
        {
            PackageId = envelope.PackageId, Nonce = Convert.ToBase64String(envelope.Nonce), Direction = PackageDirection.Sent, PartnerId = partner.Id,
            Status = PackageStatus.Sent, Kind = payload.Kind, Purpose = payload.Purpose, Handling = "H0", Tlp = "CLEAR", SizeBytes = bytes.Length,
            ExpiresAtUtc = envelope.Expires.UtcDateTime, Content = bytes, RequestedBy = (await accessContext.GetAsync(cancellationToken)).UserName,
        }).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    private static SharingPackageRecord Ledger(Envelope envelope, Payload payload, SharingPartner partner, int size) => new()
    {
        PackageId = envelope.PackageId, Nonce = Convert.ToBase64String(envelope.Nonce), Direction = PackageDirection.Received, PartnerId = partner.Id,
        Status = PackageStatus.Received, Kind = payload.Kind, Purpose = payload.Purpose, RecordCount = payload.Records.Count, SizeBytes = size,
        Handling = payload.Records.Select(r => r.Handling).DefaultIfEmpty("H0").Max(StringComparer.Ordinal)!,
        Tlp = payload.Records.Select(r => r.Tlp).OrderByDescending(Sending.SendPackage.TlpRank).FirstOrDefault() ?? "CLEAR",
        ExpiresAtUtc = envelope.Expires.UtcDateTime,
    };

    private static ReceivedRecord Received(SharedRecord r) => new()
    {
        Type = r.Type, PartnerRef = r.Ref, Handling = r.Handling, Tlp = r.Tlp, SourceGrade = r.SourceGrade, InformationGrade = r.InformationGrade,
        Purpose = r.Purpose, Fields = JsonSerializer.Serialize(r.Fields),
    };
}
