using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Dashboard;
using FocalPoint.Application.Indicators.Revisions;
using FocalPoint.Application.Security;
using FocalPoint.Data.Identity;
using FocalPoint.Web.Indicators;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Api;

/// <summary>The indicator catalogue and its values over the caller's need-to-know.</summary>
internal static class IndicatorsApi
{
    public static void MapIndicatorsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/indicators").WithTags("Indicators").RequireAuthorization(Capabilities.Statistics);
        group.MapGet("/", GetAsync).WithName("GetIndicators")
            .WithSummary("Every computed indicator with its definition, value and disaggregations over a period and filters, counted over the incidents the caller may see ('partial' when some are hidden), and its revisions: the value a published edition of this period printed, the value now, and the changes since its cut-off. Without dates: the last full year.");
        group.MapGet("/catalogue", CatalogueAsync).WithName("GetIndicatorCatalogue")
            .WithSummary("The Roadmap goals, the KPIs with the goals they serve, and the definitions of the computed indicators.");
        group.MapGet("/dashboard/{chart}.csv", ChartCsvAsync).WithName("ExportDashboardChartCsv")
            .WithSummary("One dashboard chart (months, kinds, types, directorates, municipalities) as CSV: incidents now and a year earlier, over what the caller may see. The export is audited.");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> ChartCsvAsync(
        string chart, [AsParameters] IndicatorQuery query, ExportDashboardChart export, TimeProvider time, CancellationToken cancellationToken)
    {
        var scope = query.ToScope(time);
        using var buffer = new MemoryStream();
        var result = await export.WriteCsvAsync(chart, scope, buffer, cancellationToken);
        return result switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
            _ => TypedResults.File(buffer.ToArray(), "text/csv", ExportDashboardChart.FileName(chart, scope)),
        };
    }

    private static async Task<Results<Ok<IndicatorsResponse>, ValidationProblem>> GetAsync(
        [AsParameters] IndicatorQuery query, ComputeIndicators compute, GetIndicatorCatalogue catalogue, FindRevisions revisions, TimeProvider time, CancellationToken cancellationToken)
    {
        var result = await compute.HandleAsync(query.ToScope(time), cancellationToken: cancellationToken);
        if (result.Errors is { } errors)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var definitions = (await catalogue.HandleAsync(cancellationToken)).Indicators.ToDictionary(i => i.Id);
        var set = result.Value!;
        var revised = await revisions.HandleAsync(set, cancellationToken);
        return TypedResults.Ok(new IndicatorsResponse(
            set.Scope, set.Partial, set.Empty,
            [.. set.Values.Select(v => new IndicatorResponse(definitions[v.Id], v.Value, v.Parts, revised.GetValueOrDefault(v.Id) ?? []))]));
    }

    private static async Task<Ok<IndicatorCatalogue>> CatalogueAsync(GetIndicatorCatalogue catalogue, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalogue.HandleAsync(cancellationToken));
}

internal sealed record IndicatorsResponse(IndicatorScope Scope, bool Partial, bool Empty, IReadOnlyList<IndicatorResponse> Indicators);

/// <param name="Revisions">Editions published for exactly this period that printed another value, and why it moved.</param>
internal sealed record IndicatorResponse(IndicatorEntry Definition, decimal? Value, IReadOnlyList<IndicatorPart> Parts, IReadOnlyList<IndicatorRevision> Revisions);
