using FocalPoint.Application.Security;
using FocalPoint.Application.Flows;
using FocalPoint.Data.Identity;
using FocalPoint.Web.Flows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Api;

/// <summary>Weapon flows for the statistics roles: counts over the incidents the caller may see (ADR 0014).</summary>
internal static class FlowsApi
{
    public static void MapFlowsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/flows").WithTags("Flows").RequireAuthorization(Capabilities.Statistics);
        group.MapGet("/weapons", GetAsync).WithName("GetWeaponFlows")
            .WithSummary("Recovered firearms by country of manufacture, country of last legal import, transit and municipality of seizure, with the links of the flow diagram. Without dates: the last full year.");
        group.MapGet("/weapons.csv", Csv).WithName("ExportWeaponFlowsCsv")
            .WithSummary("The same weapon flows as CSV, one line per route, codes and English names. The export is audited.");
    }

    private static async Task<Results<Ok<WeaponFlowReport>, ValidationProblem>> GetAsync(
        [AsParameters] FlowQuery query, BuildWeaponFlows build, TimeProvider time, CancellationToken cancellationToken)
    {
        var result = await build.HandleAsync(query.ToFilter(time), cancellationToken);
        return result.Errors is { } errors ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(result.Value!);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Csv(
        [AsParameters] FlowQuery query, ExportWeaponFlows export, TimeProvider time, CancellationToken cancellationToken)
    {
        var filter = query.ToFilter(time);
        using var buffer = new MemoryStream();
        return await export.WriteCsvAsync(filter, buffer, cancellationToken) is { } errors
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.File(buffer.ToArray(), "text/csv", ExportWeaponFlows.FileName(filter));
    }
}
