using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Reports.Products;

/// <summary>
/// A product as it would be published now: the request checked, its figures gathered under the user's need-to-know,
/// numbered as the next edition. Nothing is stored; the preview, the publication and the CLI all start here.
/// </summary>
public sealed class PreviewProduct(FocalPointDbContext db, GatherProductInputs gather, GetProductTemplate templates, IAccessContext accessContext, TimeProvider time)
{
    public const string PeriodField = "Period";
    public const string CommentaryField = "Commentary";

    public async Task<CommandResult<ProductInputs>> HandleAsync(ProductRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var period = ProductPeriod.Parse(request.Period, request.Kind);
        var today = DateOnly.FromDateTime(KosovoTime.ToLocal(time.GetUtcNow().UtcDateTime));
        if (period is null || period.To >= today)
        {
            errors.Add(PeriodField, Messages.ProductPeriod, request.Kind == ProductKind.Roadmap ? "2024" : "2024-03 or 2024-Q1");
        }

        TextRules.Check(errors, CommentaryField, request.Commentary, PublishedProduct.MaxCommentaryLength, multiline: true);
        if (!errors.IsEmpty)
        {
            return CommandResult<ProductInputs>.Invalid(errors);
        }

        var template = await templates.HandleAsync(request.Kind, request.Language, cancellationToken);
        var edition = 1 + (await db.PublishedProducts.AsNoTracking()
            .Where(p => p.Kind == request.Kind && p.Period == period!.Text && p.Language == request.Language)
            .MaxAsync(p => (int?)p.Edition, cancellationToken) ?? 0);
        var access = await accessContext.GetAsync(cancellationToken);
        return CommandResult<ProductInputs>.Ok(await gather.HandleAsync(request, period!, template.Body, edition, access, cancellationToken));
    }
}
