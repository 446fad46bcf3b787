using FocalPoint.Application.Common;
using FocalPoint.Application.Cyber.Reporting;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases.Attachments;

public sealed record CaseAttachmentRow(long Id, string FileName, string ContentType, long Length, string Sha256, DateTime AddedAtUtc, string AddedBy);

/// <summary>A file for download: never served inline, whatever it holds.</summary>
public sealed record AttachmentDownload(string FileName, Stream Content);

/// <summary>
/// Documents and images of a case, in the one attachment store (<see cref="AttachmentStore"/>: files under their hash,
/// the type read from the bytes and checked against the extension). Only the case's team lists, adds and downloads
/// them; adding is audited as a collection, each download as a consultation (a file may name people).
/// </summary>
public sealed class CaseAttachments(FocalPointDbContext db, IAccessContext accessContext, AttachmentStore store, IAuditLog audit)
{
    public async Task<IReadOnlyList<CaseAttachmentRow>?> ListAsync(long caseId, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        if (!await TeamAsync(access, caseId, ct))
        {
            return null;
        }

        return await db.CaseAttachments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.Id)
            .Select(a => new CaseAttachmentRow(a.Id, a.FileName, a.ContentType, a.Length, a.Sha256, a.CreatedAtUtc, a.CreatedBy)).ToListAsync(ct);
    }

    public async Task<CommandResult<long>> AddAsync(long caseId, string? fileName, byte[] content, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        if (await CaseAccess.FindWorkedAsync(db, access, caseId, ct) is null)
        {
            return CommandResult<long>.Missing();
        }

        var name = Path.GetFileName(fileName?.Trim() ?? "");
        var errors = new ValidationErrors();
        if (content.LongLength > CaseAttachment.MaxBytes)
        {
            errors.Add("File", CaseAttachmentMessages.TooLarge, name, CaseAttachment.MaxBytes >> 20);
        }
        else if (name.Length is 0 or > CaseAttachment.MaxNameLength || AttachmentStore.Sniff(name, content) is null)
        {
            errors.Add("File", CaseAttachmentMessages.Type, name);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var attachment = new CaseAttachment
        {
            CaseId = caseId, FileName = name, ContentType = AttachmentStore.Sniff(name, content)!, Length = content.LongLength, Sha256 = await store.SaveAsync(content, ct),
        };
        db.CaseAttachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "Case", [$"Case/{caseId}", $"CaseAttachment/{attachment.Id}"], Detail: "attachment added"), ct);
        return CommandResult<long>.Ok(attachment.Id);
    }

    public async Task<AttachmentDownload?> DownloadAsync(long caseId, long attachmentId, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        var file = await db.CaseAttachments.AsNoTracking().Where(a => a.Id == attachmentId && a.CaseId == caseId).Select(a => new { a.FileName, a.Sha256 }).FirstOrDefaultAsync(ct);
        if (file is null || !await TeamAsync(access, caseId, ct))
        {
            if (file is not null)
            {
                await audit.RecordAsync(new AuditEvent(AuditAction.AccessRefused, "Case", [$"Case/{caseId}", $"CaseAttachment/{attachmentId}"], Detail: "attachment download"), ct);
            }

            return null;
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Case", [$"Case/{caseId}", $"CaseAttachment/{attachmentId}"], Detail: "attachment downloaded"), ct);
        return new AttachmentDownload(file.FileName, store.Open(file.Sha256));
    }

    // The team of the case, merged cases included (their files moved to the survivor, but a pointer is still the team's).
    private Task<bool> TeamAsync(UserAccess access, long caseId, CancellationToken ct) =>
        access.Unrestricted ? db.Cases.AnyAsync(c => c.Id == caseId, ct)
        : !access.Holds(Capabilities.Cases) ? Task.FromResult(false)
        : db.Cases.AnyAsync(c => c.Id == caseId && (c.Owner == access.UserName || db.CaseMembers.Any(m => m.CaseId == c.Id && m.UserName == access.UserName)), ct);
}
