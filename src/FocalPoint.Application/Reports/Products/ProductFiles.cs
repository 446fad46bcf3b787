using System.Globalization;
using FocalPoint.Application.Reports.Pdf;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Reports.Products;

/// <summary>A stored file of an edition, ready to send.</summary>
public sealed record ProductFile(string FileName, string ContentType, byte[] Content);

/// <summary>The published editions, newest first.</summary>
public sealed class ListProducts(FocalPointDbContext db)
{
    public async Task<IReadOnlyList<ProductSummary>> HandleAsync(int take = 100, CancellationToken cancellationToken = default) =>
        await db.PublishedProducts.AsNoTracking().OrderByDescending(p => p.Id).Take(take)
            .Select(p => new ProductSummary(p.Id, p.Kind, p.Period, p.Language, p.Edition, p.HandlingCode, p.Tlp, p.DataCutOffUtc, p.CreatedBy, p.CreatedAtUtc))
            .ToListAsync(cancellationToken);
}

/// <summary>
/// Gives a published edition's PDF or XLSX exactly as it was published; each download is audited as an export.
/// </summary>
public sealed class GetProductFile(FocalPointDbContext db, IAuditLog audit)
{
    public const string PdfType = "application/pdf";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<ProductFile?> HandleAsync(long id, bool xlsx, CancellationToken cancellationToken = default)
    {
        var found = await db.PublishedProducts.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Kind, p.Period, p.Language, p.Edition, Content = xlsx ? p.Xlsx : p.Pdf })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var extension = xlsx ? "xlsx" : "pdf";
        await audit.RecordAsync(new AuditEvent(AuditAction.Export, PublishProduct.RecordKind, [id.ToString(CultureInfo.InvariantCulture)], Detail: $"{found.Kind} {found.Period} {found.Language} edition {found.Edition} ({extension})"), cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"{found.Kind.ToString().ToLowerInvariant()}-{found.Period}-{found.Language.ToString().ToLowerInvariant()}-e{found.Edition}.{extension}");
        return new ProductFile(name, xlsx ? XlsxType : PdfType, found.Content);
    }
}

/// <summary>
/// Renders a published edition again from its stored inputs alone (not from today's registry): the check that an
/// edition is reproducible, and the way to recover its files. Gives the same text and figures as the stored PDF.
/// </summary>
public sealed class RegenerateProduct(FocalPointDbContext db, IPdfRenderer pdf)
{
    public async Task<(byte[] Pdf, byte[] Xlsx)?> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        var json = await db.PublishedProducts.AsNoTracking().Where(p => p.Id == id).Select(p => p.InputsJson).FirstOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }

        var inputs = ProductInputs.FromJson(json);
        return (await pdf.PrintAsync(inputs, cancellationToken), await ProductAnnex.WriteAsync(inputs, cancellationToken));
    }
}
