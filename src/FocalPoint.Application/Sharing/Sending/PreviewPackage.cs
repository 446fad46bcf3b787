using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Application.Sharing.Partners;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Sending;

/// <summary>
/// Builds, per partner, exactly what would leave: the redaction preview. Sending seals what this returns, so the
/// preview cannot differ from the package. Refuses the whole send when any partner has no usable key, naming it.
/// </summary>
public sealed class PreviewPackage(FocalPointDbContext db, IAccessContext accessContext, GroupMembers groups, RecordExtractor extractor, IAuditLog audit, TimeProvider time)
{
    /// <summary>The preview as a person reads it on screen: persons' identifying fields shown are a consultation, audited with the purpose.</summary>
    public async Task<CommandResult<IReadOnlyList<PartnerPackage>>> ShowAsync(SendInput input, CancellationToken cancellationToken = default)
    {
        var result = await HandleAsync(input, cancellationToken);
        var shown = (result.Value ?? []).SelectMany(p => p.Records)
            .Where(r => r.Type == "person" && r.Fields.Keys.Any(Redaction.PersonFields.Contains)).Select(r => r.Ref).Distinct(StringComparer.Ordinal).ToList();
        if (shown.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Person", shown, input.Purpose!.Trim(), null, Detail: "sharing package preview"), cancellationToken);
        }

        return result;
    }

    public Task<CommandResult<IReadOnlyList<PartnerPackage>>> HandleAsync(SendInput input, CancellationToken cancellationToken = default) =>
        BuildAsync(input, sealing: true, cancellationToken);

    /// <param name="sealing">A package is sealed to the partner's key, so a partner without a usable one stops it; an ecosystem export is not sealed.</param>
    internal async Task<CommandResult<IReadOnlyList<PartnerPackage>>> BuildAsync(SendInput input, bool sealing, CancellationToken cancellationToken)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.SharingSend))
        {
            return CommandResult<IReadOnlyList<PartnerPackage>>.Missing();
        }

        var errors = new ValidationErrors();
        var keys = input.Records.Select(RecordKey.Parse).ToList();
        if (keys.Count == 0 || keys.Any(k => k is null))
        {
            errors.Add("Records", SharingMessages.NoRecords);
        }

        if (string.IsNullOrWhiteSpace(input.Purpose))
        {
            errors.Add("Purpose", Messages.Required);
        }

        TextRules.Check(errors, "Purpose", input.Purpose, SharingPackageRecord.MaxPurposeLength);
        var (partners, seeEachOther) = await RecipientsAsync(input, cancellationToken);
        if (partners.Count == 0)
        {
            errors.Add("Recipient", SharingMessages.NoRecipient);
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var stale in partners.Where(p => sealing && !p.Keys.Any(k => k.Use == SharingKeyUse.Encryption && k.UsableAt(now))))
        {
            errors.Add("Recipient", SharingMessages.KeyNotUsable, $"{stale.Name} ({stale.Code})");
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<IReadOnlyList<PartnerPackage>>.Invalid(errors);
        }

        var packages = new List<PartnerPackage>();
        foreach (var partner in partners)
        {
            var extraction = await extractor.ExtractAsync(access, [.. keys!], input.Purpose!.Trim(), partner, cancellationToken);
            if (!extraction.Errors.IsEmpty)
            {
                return CommandResult<IReadOnlyList<PartnerPackage>>.Invalid(extraction.Errors);
            }

            var others = seeEachOther ? partners.Where(p => p.Id != partner.Id).Select(p => p.Code).ToList() : [];
            packages.Add(new PartnerPackage(partner.Id, partner.Code, partner.Name, extraction.Records, others, extraction.Records.Any(PartnerPackage.Restricted)));
        }

        return CommandResult<IReadOnlyList<PartnerPackage>>.Ok(packages);
    }

    private async Task<(List<SharingPartner> Partners, bool SeeEachOther)> RecipientsAsync(SendInput input, CancellationToken cancellationToken)
    {
        if (input.GroupId is { } groupId)
        {
            var group = await db.PartnerGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
            var ids = group is null ? [] : await groups.PartnersOfAsync(groupId, cancellationToken);
            return (await db.SharingPartners.AsNoTracking().Include(p => p.Keys).Where(p => ids.Contains(p.Id)).OrderBy(p => p.Code).ToListAsync(cancellationToken), group?.MembersSeeEachOther ?? false);
        }

        return (await db.SharingPartners.AsNoTracking().Include(p => p.Keys).Where(p => p.Id == input.PartnerId).ToListAsync(cancellationToken), false);
    }
}
