using FocalPoint.Data;
using FocalPoint.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Reports.Products.Schedule;

/// <summary>A scheduled product waiting for an analyst: which, for which period, since when.</summary>
public sealed record ProductDraftEntry(ProductKind Kind, string Period, DateOnly DueOn, DateTime DraftedAtUtc);

/// <summary>The drafts no edition has been published for yet, oldest first: what the analysts' home panel lists.</summary>
public sealed class ListProductDrafts(FocalPointDbContext db)
{
    public const int Max = 12;

    public async Task<IReadOnlyList<ProductDraftEntry>> HandleAsync(CancellationToken cancellationToken = default) =>
        await db.ProductDrafts.AsNoTracking()
            .Where(d => !db.PublishedProducts.Any(p => p.Kind == d.Kind && p.Period == d.Period))
            .OrderBy(d => d.DueOn).ThenBy(d => d.Kind).Take(Max)
            .Select(d => new ProductDraftEntry(d.Kind, d.Period, d.DueOn, d.CreatedAtUtc))
            .ToListAsync(cancellationToken);
}
