using FocalPoint.Application.Reports.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Reports.Products;

public static class ProductServices
{
    /// <summary>The bulletin and Roadmap report use cases and the one PDF renderer (ADR 0018).</summary>
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
        return services;
    }
}
