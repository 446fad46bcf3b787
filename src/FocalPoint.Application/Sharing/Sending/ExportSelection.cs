using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FocalPoint.Application.Common;
using FocalPoint.Application.Sharing.Ecosystem;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Sharing.Sending;

public enum EcosystemFormat
{
    Misp,
    Stix,
}

/// <summary>An export ready to hand over: its bytes and the file name to save it under.</summary>
public sealed record ExportFile(byte[] Bytes, string FileName);

/// <summary>
/// The builder's selection for one partner as a MISP event or a STIX 2.1 bundle, for partners running MISP or OpenCTI
/// (ADR 0027 amendment). The records are built exactly as for a package (<see cref="PreviewPackage"/>: need-to-know,
/// redaction for that partner, forwarding refused for H2/H3 received records) before anything is serialised. An
/// export is not sealed and has no approval step, so records that need a commander's approval leave only as a package.
/// Every export is audited as a disclosure: recipient, purpose, records.
/// </summary>
public sealed class ExportSelection(FocalPointDbContext db, PreviewPackage preview, IAuditLog audit, IOptions<SharingOptions> options, TimeProvider time)
{
    // Plain UTF-8 rather than \u escapes: the file is read by people and tools, never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<CommandResult<ExportFile>> HandleAsync(SendInput input, EcosystemFormat format, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (input.GroupId is not null)
        {
            errors.Add("Recipient", SharingMessages.ExportOnePartner);
            return CommandResult<ExportFile>.Invalid(errors);
        }

        var built = await preview.BuildAsync(input, sealing: false, cancellationToken);
        if (!built.Succeeded)
        {
            return new(null, built.Errors, built.NotFound);
        }

        var package = built.Value!.Single();
        if (package.NeedsApproval)
        {
            errors.Add("Records", SharingMessages.ExportNeedsApproval);
            return CommandResult<ExportFile>.Invalid(errors);
        }

        var own = options.Value.OwnCode;
        var purpose = input.Purpose!.Trim();
        var now = time.GetUtcNow().UtcDateTime;
        var places = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.NameEn, m => new Place(m.Latitude, m.Longitude), StringComparer.Ordinal, cancellationToken);
        var neutral = SelectionPackage.Build(package, own, purpose, now, places);
        var json = format == EcosystemFormat.Misp ? MispEventWriter.Write(neutral) : StixBundleWriter.Write(neutral);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(json, Indented);
        var what = format == EcosystemFormat.Misp ? "MISP event" : "STIX 2.1 bundle";
        await audit.RecordAsync(new AuditEvent(AuditAction.Disclose, "EcosystemExport", [.. package.Records.Select(r => r.Ref)], purpose, [package.PartnerCode],
            Detail: $"{what}, {package.Records.Count} records, TLP:{package.Records.Select(r => r.Tlp).OrderByDescending(SendPackage.TlpRank).First()}"), cancellationToken);
        var stamp = now.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        return CommandResult<ExportFile>.Ok(new ExportFile(bytes, $"{own}-{package.PartnerCode}-{stamp}.{(format == EcosystemFormat.Misp ? "misp" : "stix")}.json"));
    }
}
