using FocalPoint.Application.Reports.Products;
using FocalPoint.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Api;

/// <summary>The published knowledge products (bulletins, Roadmap reports): list, download, publish.</summary>
internal static class ProductsApi
{
    public static void MapProductsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/products").WithTags("Products").RequireAuthorization(Capabilities.Statistics);
        group.MapGet("/", ListAsync).WithName("ListProducts")
            .WithSummary("The published editions of the bulletin and the Roadmap report, newest first, with their markings and data cut-off.");
        group.MapGet("/{id:long}.pdf", (long id, GetProductFile files, CancellationToken ct) => FileAsync(id, xlsx: false, files, ct)).WithName("DownloadProductPdf")
            .WithSummary("An edition's PDF exactly as published. The download is audited.");
        group.MapGet("/{id:long}.xlsx", (long id, GetProductFile files, CancellationToken ct) => FileAsync(id, xlsx: true, files, ct)).WithName("DownloadProductXlsx")
            .WithSummary("An edition's XLSX annex (every figure of the product) exactly as published. The download is audited.");
        group.MapPost("/", PublishAsync).WithName("PublishProduct").RequireAuthorization(Capabilities.Publishing)
            .WithSummary("Publishes the next edition of a product for a whole past period (2024-03, 2024-Q1 or 2024 for the Roadmap report), computed over the caller's need-to-know. The publication is audited.");
    }

    private static async Task<Ok<IReadOnlyList<ProductSummary>>> ListAsync(ListProducts list, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(cancellationToken: cancellationToken));

    private static async Task<Results<FileContentHttpResult, NotFound>> FileAsync(long id, bool xlsx, GetProductFile files, CancellationToken cancellationToken) =>
        await files.HandleAsync(id, xlsx, cancellationToken) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    private static async Task<Results<Created<ProductSummary>, ValidationProblem, Conflict>> PublishAsync(
        ProductRequest request, PublishProduct publish, CancellationToken cancellationToken)
    {
        var result = await publish.HandleAsync(request, cancellationToken);
        return result switch
        {
            { Conflict: true } => TypedResults.Conflict(),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
            _ => TypedResults.Created($"/api/v1/products/{result.Value!.Id}.pdf", result.Value),
        };
    }
}
