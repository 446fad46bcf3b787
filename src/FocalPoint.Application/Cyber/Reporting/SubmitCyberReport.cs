using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cyber;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Cyber.Reporting;

/// <summary>
/// Receives a report from the public form (admitted by a solved proof-of-work challenge) or from a registered
/// organisation's reporter. Everything is checked first; a refused report stores nothing, files included.
/// </summary>
public sealed class SubmitCyberReport(
    FocalPointDbContext db, IAccessContext accessContext, ProofOfWork proofOfWork, AttachmentStore store,
    IAuditLog audit, IOptions<CyberOptions> options, TimeProvider time)
{
    public async Task<CommandResult<CyberReceipt>> PublicAsync(CyberReportInput input, string? challenge, string? nonce, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = CyberReportRules.Check(input, options.Value, now, institutional: false);
        if (!proofOfWork.Verify(challenge, nonce))
        {
            errors.Add("Challenge", CyberMessages.ChallengeFailed);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<CyberReceipt>.Invalid(errors);
        }

        var challengeHash = ProofOfWork.HashOf(challenge!);
        if (await db.CyberIncidents.AnyAsync(c => c.ChallengeHash == challengeHash, cancellationToken))
        {
            return Spent();
        }

        var incident = NewIncident(input, CyberReporterKind.Individual, CyberSector.Private, now);
        incident.ChallengeHash = challengeHash;
        return await StoreAsync(incident, input, cancellationToken);
    }

    public async Task<CommandResult<CyberReceipt>> InstitutionalAsync(CyberReportInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.CyberReport))
        {
            return CommandResult<CyberReceipt>.Missing();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var errors = CyberReportRules.Check(input, options.Value, now, institutional: true);
        var organisation = await db.CyberOrganisationMembers.AsNoTracking().Where(m => m.UserName == access.UserName)
            .Select(m => new { m.OrganisationId, m.Organisation!.Sector }).FirstOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            errors.Add("Organisation", CyberMessages.NoOrganisation);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<CyberReceipt>.Invalid(errors);
        }

        var incident = NewIncident(input, CyberReporterKind.Institution, organisation!.Sector, now);
        incident.OrganisationId = organisation.OrganisationId;
        incident.ServiceAffected = input.ServiceAffected?.Trim();
        incident.UsersAffected = input.UsersAffected;
        incident.CrossBorder = input.CrossBorder;
        return await StoreAsync(incident, input, cancellationToken);
    }

    private static CyberIncident NewIncident(CyberReportInput input, CyberReporterKind kind, CyberSector sector, DateTime now) => new()
    {
        TrackingCode = TrackingCodes.NewCode(),
        ReporterKind = kind,
        Type = input.Type,
        Title = input.Title!.Trim(),
        Description = input.Description!.Trim(),
        Contact = input.Contact?.Trim() ?? "",
        DetectedAtUtc = input.DetectedAtUtc!.Value,
        ReceivedAtUtc = now,
        Sector = sector,
        Status = CyberStatus.New,
        Severity = CyberSeverity.Unrated,
        Tlp = Domain.Incidents.Tlp.Amber,
        Indicators = [.. input.Indicators.Where(i => !string.IsNullOrWhiteSpace(i.Value))
            .Select(i => (i.Type, Value: IndicatorRules.Canonical(i.Type, i.Value)!)).Distinct()
            .Select(i => new CyberIndicator { Type = i.Type, Value = i.Value })],
    };

    private async Task<CommandResult<CyberReceipt>> StoreAsync(CyberIncident incident, CyberReportInput input, CancellationToken cancellationToken)
    {
        foreach (var file in input.Files)
        {
            var name = Path.GetFileName(file.FileName);
            incident.Attachments.Add(new CyberAttachment
            {
                FileName = name, ContentType = AttachmentStore.Sniff(name, file.Content)!, Length = file.Content.LongLength,
                Sha256 = await store.SaveAsync(file.Content, cancellationToken),
            });
        }

        var secret = TrackingCodes.NewSecret();
        incident.SecretHash = TrackingCodes.HashSecret(secret);
        db.CyberIncidents.Add(incident);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (incident.ChallengeHash is not null)
        {
            // Two posts of one solved challenge raced (the unique index refused the second): the first stands, the
            // second is told it was already received.
            return Spent();
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "CyberIncident", [Work.CyberAudit.Id(incident.Id)],
            Detail: incident.ReporterKind == CyberReporterKind.Individual ? "public report" : "institutional report"), cancellationToken);
        return CommandResult<CyberReceipt>.Ok(new CyberReceipt(incident.Id, incident.TrackingCode, secret));
    }

    private static CommandResult<CyberReceipt> Spent()
    {
        var errors = new ValidationErrors();
        errors.Add("Challenge", CyberMessages.ChallengeSpent);
        return CommandResult<CyberReceipt>.Invalid(errors);
    }
}
