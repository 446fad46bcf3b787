using FocalPoint.Application.Security;
using FocalPoint.Application.Common;
using FocalPoint.Application.Network;
using FocalPoint.Application.Network.Chart;
using FocalPoint.Application.Network.Export;
using FocalPoint.Application.Network.Saved;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoint.Web.Api;

/// <summary>
/// The link chart's API: search, expand, paths, communities and centrality, export, saved charts. Answers that show
/// persons need the purpose in the <see cref="PartiesApi.PurposeHeader"/> header and are audited as Combine.
/// </summary>
internal static class NetworkApi
{
    public static void MapNetworkApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/network").WithTags("Link chart").RequireAuthorization(Capabilities.LinkChart);
        group.MapPost("/search", SearchAsync).WithName("SearchChartEntities")
            .WithSummary("Entities to put on a chart: incident reference, serial, plate, phone, organisation, place; persons by name with the purpose header.");
        group.MapPost("/neighbourhood", ExpandAsync).WithName("ExpandNeighbourhood")
            .WithSummary("Neighbours to k hops with type and time filters; large expansions answer NeedsConfirmation or TooLarge with the count.");
        group.MapPost("/paths", PathsAsync).WithName("FindChartPaths").WithSummary("Shortest, most confident or all simple paths between two entities.");
        group.MapPost("/analysis", AnalyseAsync).WithName("AnalyseChart").WithSummary("Communities, degree, betweenness, PageRank and key players of the chart's nodes.");
        group.MapPost("/export", ExportAsync).WithName("ExportChart").WithSummary("GraphML or CSV (zip of nodes.csv and edges.csv) of the chart; Png only records the export.");
        group.MapGet("/charts", ListChartsAsync).WithName("ListCaseCharts").WithSummary("Saved charts of the cases you work on.");
        group.MapPost("/charts", SaveChartAsync).WithName("SaveChart").WithSummary("Save a chart with a case you work on.");
        group.MapGet("/charts/{id:long}", OpenChartAsync).WithName("OpenChart").WithSummary("A saved chart, redrawn within your reach.");
    }

    private static async Task<Results<Ok<IReadOnlyList<ChartNode>>, ValidationProblem>> SearchAsync(
        ChartSearch search, [FromHeader(Name = PartiesApi.PurposeHeader)] string? purpose, SearchChartEntities handler, CancellationToken cancellationToken) =>
        Map(await handler.HandleAsync(search with { Purpose = purpose }, cancellationToken));

    private static async Task<Results<Ok<ExpandResult>, ValidationProblem, NotFound>> ExpandAsync(
        ExpandRequest request, [FromHeader(Name = PartiesApi.PurposeHeader)] string? purpose, ExpandNeighbourhood handler, CancellationToken cancellationToken) =>
        MapOrMissing(await handler.HandleAsync(request with { Purpose = purpose }, cancellationToken));

    private static async Task<Results<Ok<PathResult>, ValidationProblem>> PathsAsync(
        PathRequest request, [FromHeader(Name = PartiesApi.PurposeHeader)] string? purpose, FindChartPaths handler, CancellationToken cancellationToken) =>
        Map(await handler.HandleAsync(request with { Purpose = purpose }, cancellationToken));

    private static async Task<Results<Ok<ChartAnalysis>, ValidationProblem>> AnalyseAsync(
        AnalyseRequest request, [FromHeader(Name = PartiesApi.PurposeHeader)] string? purpose, AnalyseChart handler, CancellationToken cancellationToken) =>
        Map(await handler.HandleAsync(request with { Purpose = purpose }, cancellationToken));

    private static async Task<Results<FileContentHttpResult, NoContent, ValidationProblem>> ExportAsync(
        ChartExportRequest request, [FromHeader(Name = PartiesApi.PurposeHeader)] string? purpose, ExportChart handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(request with { Purpose = purpose }, cancellationToken);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors!.ToDictionary());
        }

        return result.Value!.Content.Length == 0 ? TypedResults.NoContent() : TypedResults.File(result.Value.Content, result.Value.ContentType, result.Value.FileName);
    }

    private static async Task<Ok<IReadOnlyList<SavedChartRow>>> ListChartsAsync(long? caseId, ListCaseCharts handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(caseId, cancellationToken));

    private static async Task<Results<Ok<long>, ValidationProblem, NotFound>> SaveChartAsync(SaveChartRequest request, SaveChart handler, CancellationToken cancellationToken) =>
        MapOrMissing(await handler.HandleAsync(request, cancellationToken));

    private static async Task<Results<Ok<OpenedChart>, ValidationProblem, NotFound>> OpenChartAsync(
        long id, [FromHeader(Name = PartiesApi.PurposeHeader)] string? purpose, OpenChart handler, CancellationToken cancellationToken) =>
        MapOrMissing(await handler.HandleAsync(id, purpose, cancellationToken));

    private static Results<Ok<T>, ValidationProblem> Map<T>(CommandResult<T> result) =>
        result.Succeeded ? TypedResults.Ok(result.Value!) : TypedResults.ValidationProblem(result.Errors!.ToDictionary());

    private static Results<Ok<T>, ValidationProblem, NotFound> MapOrMissing<T>(CommandResult<T> result) =>
        result.NotFound ? TypedResults.NotFound() : result.Succeeded ? TypedResults.Ok(result.Value!) : TypedResults.ValidationProblem(result.Errors!.ToDictionary());
}
