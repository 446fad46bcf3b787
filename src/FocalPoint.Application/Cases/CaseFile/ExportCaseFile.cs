using FocalPoint.Application.Common;
using FocalPoint.Application.Reports.Pdf;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases.CaseFile;

public sealed record CaseFileRequest(string? Recipient, ProductLanguage Language = ProductLanguage.En);

public sealed record CaseFileResult(byte[] Pdf, string FileName);

/// <summary>
/// The case file for the prosecutor, printed by the platform's one renderer (ADR 0020). Only the team may print it,
/// and it holds only what the author may see. Handing it over is a disclosure: one audit entry names the recipient,
/// the case and every incident and person in the file.
/// </summary>
public sealed class ExportCaseFile(FocalPointDbContext db, IAccessContext accessContext, GetCase getCase, IPdfRenderer pdf, IAuditLog audit, TimeProvider time)
{
    public const int MaxRecipientLength = 200;

    public async Task<CommandResult<CaseFileResult>> HandleAsync(long caseId, CaseFileRequest request, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!await db.Cases.WorkedBy(access, db).AnyAsync(c => c.Id == caseId, cancellationToken) || await getCase.HandleAsync(caseId, cancellationToken: cancellationToken) is not { } details)
        {
            return CommandResult<CaseFileResult>.Missing();
        }

        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(request.Recipient), request.Recipient, MaxRecipientLength, required: true);
        if (!Enum.IsDefined(request.Language))
        {
            errors.Add(nameof(request.Language), Messages.UnknownValue, string.Join(", ", Enum.GetNames<ProductLanguage>()));
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<CaseFileResult>.Invalid(errors);
        }

        var recipient = request.Recipient!.Trim();
        var firearms = await GatherCaseFile.FirearmsAsync(db, details, access, request.Language, cancellationToken);
        var persons = access.SeesPersonalData ? await GatherCaseFile.PersonsAsync(db, details, caseId, access, cancellationToken) : [];
        var content = new CaseFileContent(details, recipient, request.Language, time.GetUtcNow().UtcDateTime, access.UserName, firearms, persons, !access.SeesPersonalData);
        var bytes = await pdf.RenderAsync(CaseFileDocument.Page(content), CaseFileDocument.Margins(content), cancellationToken);

        IReadOnlyList<string> records =
        [
            $"Case/{caseId}", .. details.Incidents.Select(i => $"Incident/{i.Id}"), .. persons.Select(p => $"Person/{p.Id}").Distinct(StringComparer.Ordinal),
        ];
        await audit.RecordAsync(new AuditEvent(AuditAction.Disclose, "Case", records, "Case file for prosecution", [recipient], Detail: "case file PDF"), cancellationToken);
        return CommandResult<CaseFileResult>.Ok(new CaseFileResult(bytes, $"{details.Reference}-case-file.pdf"));
    }
}
