using FocalPoint.Application.Common;
using FocalPoint.Application.Reports.Pdf;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Reports.Products;

/// <summary>A published edition as lists show it.</summary>
public sealed record ProductSummary(
    long Id, ProductKind Kind, string Period, ProductLanguage Language, int Edition, Domain.Incidents.HandlingCode HandlingCode,
    Domain.Incidents.Tlp Tlp, DateTime DataCutOffUtc, string PublishedBy, DateTime PublishedAtUtc);

/// <summary>
/// Publishes a product: gathers its inputs, renders the PDF and the XLSX annex from them, and stores all three in one
/// row that nothing changes afterwards. Either everything is stored or nothing is (a failed render stores nothing).
/// Audited as a disclosure: the figures now reach whoever reads the product.
/// </summary>
public sealed class PublishProduct(FocalPointDbContext db, PreviewProduct preview, IPdfRenderer pdf, IAuditLog audit)
{
    public const string RecordKind = "KnowledgeProduct";

    public async Task<CommandResult<ProductSummary>> HandleAsync(ProductRequest request, CancellationToken cancellationToken = default)
    {
        var prepared = await preview.HandleAsync(request, cancellationToken);
        if (!prepared.Succeeded)
        {
            return CommandResult<ProductSummary>.Invalid(prepared.Errors!);
        }

        var inputs = prepared.Value!;
        if (inputs.Empty)
        {
            var errors = new ValidationErrors();
            errors.Add(PreviewProduct.PeriodField, Messages.ProductEmpty);
            return CommandResult<ProductSummary>.Invalid(errors);
        }

        var h = inputs.Header;
        var product = new PublishedProduct
        {
            Kind = h.Kind, Language = h.Language, Period = h.Period, PeriodFrom = h.From, PeriodTo = h.To, Edition = h.Edition,
            HandlingCode = h.HandlingCode, Tlp = h.Tlp, DataCutOffUtc = h.DataCutOffUtc, Commentary = inputs.Commentary, InputsJson = inputs.ToJson(),
            Pdf = await pdf.PrintAsync(inputs, cancellationToken),
            Xlsx = await ProductAnnex.WriteAsync(inputs, cancellationToken),
        };
        db.PublishedProducts.Add(product);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone published the same edition number a moment earlier; publishing again makes the next edition.
            return CommandResult<ProductSummary>.Conflicted();
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Disclose, RecordKind, [Id(product)], Detail: $"{h.Kind} {h.Period} {h.Language} edition {h.Edition} published"), cancellationToken);
        return CommandResult<ProductSummary>.Ok(new ProductSummary(
            product.Id, product.Kind, product.Period, product.Language, product.Edition, product.HandlingCode, product.Tlp, product.DataCutOffUtc, product.CreatedBy, product.CreatedAtUtc));
    }

    internal static string Id(PublishedProduct product) => product.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
