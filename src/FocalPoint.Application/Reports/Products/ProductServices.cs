using FocalPoint.Application.Jobs;
using FocalPoint.Application.Reports.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Reports.Products;

public static class ProductServices
{
    /// <summary>The bulletin and Roadmap report use cases and the one PDF renderer (ADR 0020).</summary>
    public static IServiceCollection AddKnowledgeProducts(this IServiceCollection services)
    {
        services.AddOptions<PdfOptions>();
        services.AddSingleton<IPdfRenderer, ChromiumPdfRenderer>();
        services.AddScoped<GatherProductInputs>();
        services.AddScoped<GetProductTemplate>();
        services.AddScoped<SaveProductTemplate>();
        services.AddScoped<PreviewProduct>();
        services.AddScoped<PublishProduct>();
        services.AddScoped<ListProducts>();
        services.AddScoped<GetProductFile>();
        services.AddScoped<RegenerateProduct>();
        services.AddScoped<Indicators.Revisions.FindRevisions>();
        services.AddScoped<Schedule.ListProductDrafts>();
        services.AddScheduledJob<Schedule.DraftMonthlyBulletin>(Schedule.DraftMonthlyBulletin.Name, TimeSpan.FromHours(1));
        return services;
    }
}

/// <summary>The one way a product goes to paper: its page, with its markings repeated on every sheet.</summary>
public static class ProductPrinting
{
    public static Task<byte[]> PrintAsync(this IPdfRenderer pdf, ProductInputs inputs, CancellationToken cancellationToken = default) =>
        pdf.RenderAsync(ProductDocument.Page(inputs), ProductDocument.Margins(inputs), cancellationToken);
}
