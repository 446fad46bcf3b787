using System.Security.Cryptography;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cyber;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cyber.Reporting;

/// <summary>What a reporter sees of their report: where it stands, nothing of the cyber unit's work or of others.</summary>
public sealed record CyberFollowView(string TrackingCode, CyberIncidentType Type, CyberStatus Status, DateTime ReceivedAtUtc, DateTime? LastChangeUtc);

/// <summary>
/// Code and secret show the status. A wrong code and a wrong secret take the same path (one lookup, one
/// constant-time comparison against a stand-in hash when the code is unknown, one audit entry) and give the same
/// answer, so neither the reply nor its timing tells whether a code exists.
/// </summary>
public sealed class FollowCyberReport(FocalPointDbContext db, IAuditLog audit)
{
    private static readonly byte[] StandIn = RandomNumberGenerator.GetBytes(32);

    public async Task<CyberFollowView?> HandleAsync(string? code, string? secret, CancellationToken cancellationToken = default)
    {
        var normalised = TrackingCodes.NormaliseCode(code);
        var row = normalised.Length == CyberIncident.TrackingCodeLength
            ? await db.CyberIncidents.AsNoTracking().Where(c => c.TrackingCode == normalised)
                .Select(c => new { c.Id, c.SecretHash, c.Type, c.Status, c.ReceivedAtUtc, c.UpdatedAtUtc }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var given = TrackingCodes.HashSecret(secret);
        var matches = CryptographicOperations.FixedTimeEquals(given, row?.SecretHash ?? StandIn) && row is not null;

        // Failed attempts are recorded without the code typed: a guess is not data, and the log must not become a list of guesses.
        await audit.RecordAsync(matches
            ? new AuditEvent(AuditAction.Consult, "CyberIncident", [Work.CyberAudit.Id(row!.Id)], Detail: "follow-up by reporter")
            : new AuditEvent(AuditAction.AccessRefused, "CyberIncident", [], Detail: "follow-up with a wrong code or secret"), cancellationToken);
        return matches ? new CyberFollowView(normalised, row!.Type, row.Status, row.ReceivedAtUtc, row.UpdatedAtUtc) : null;
    }
}
