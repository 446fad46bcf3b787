using FocalPoint.Application.Security;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Incidents.Export;
using FocalPoint.Data.Identity;
using FocalPoint.Web.Localisation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace FocalPoint.Web.Api;

internal static class IncidentsApi
{
    public static void MapIncidentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/incidents").WithTags("Incidents").RequireAuthorization(Capabilities.RegistryRead);
        group.MapGet("/", ListAsync).WithName("ListIncidents").WithSummary("Lists incidents, filtered, sorted and paged on the server.");
        group.MapGet("/export.csv", ExportCsv).WithName("ExportIncidentsCsv")
            .WithSummary("Every incident of the filtered list as CSV, in the list's order (paging ignored); headers=local localises the header row. Audited.");
        group.MapGet("/export.xlsx", ExportXlsx).WithName("ExportIncidentsXlsx")
            .WithSummary("Every incident of the filtered list as XLSX, in the list's order (paging ignored); headers=local localises the header row. Audited.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetIncident").WithSummary("One incident with its items, persons and links.");
        group.MapPost("/", CreateAsync).WithName("CreateIncident").WithSummary("Records a new incident with its items.")
            .RequireAuthorization(Capabilities.RegistryEdit);
        group.MapPut("/{id:long}", UpdateAsync).WithName("UpdateIncident").WithSummary("Corrects an incident; send the version you read.")
            .RequireAuthorization(Capabilities.RegistryEdit);
    }

    private static async Task<Results<Ok<PagedResult<IncidentRow>>, ValidationProblem>> ListAsync(
        [AsParameters] IncidentQuery query, ListIncidents handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(query.ToFilter(), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : TypedResults.ValidationProblem(result.Errors!.ToDictionary());
    }

    private static Results<PushStreamHttpResult, ValidationProblem> ExportCsv(
        [AsParameters] IncidentQuery query, string? headers, ExportIncidents export, IStringLocalizer<SharedResource> localizer, HttpContext http) =>
        Export(query, headers, ExportFormat.Csv, export, localizer, http);

    private static Results<PushStreamHttpResult, ValidationProblem> ExportXlsx(
        [AsParameters] IncidentQuery query, string? headers, ExportIncidents export, IStringLocalizer<SharedResource> localizer, HttpContext http) =>
        Export(query, headers, ExportFormat.Xlsx, export, localizer, http);

    private static Results<PushStreamHttpResult, ValidationProblem> Export(
        IncidentQuery query, string? headers, ExportFormat format, ExportIncidents export, IStringLocalizer<SharedResource> localizer, HttpContext http)
    {
        var filter = query.ToFilter();
        if (ExportIncidents.Check(filter) is { } errors)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        IReadOnlyList<string>? names = string.Equals(headers, "local", StringComparison.OrdinalIgnoreCase)
            ? [.. IncidentExportLine.Columns.Select(c => localizer[$"Export_Column_{c}"].Value)]
            : null;
        var (type, extension) = format == ExportFormat.Csv
            ? ("text/csv; charset=utf-8", "csv")
            : ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        return TypedResults.Stream(
            stream => export.WriteAsync(filter, format, stream, names, http.RequestAborted), type, $"incidents.{extension}");
    }

    private static async Task<Results<Ok<IncidentDetails>, NotFound>> GetAsync(
        long id, [Microsoft.AspNetCore.Mvc.FromHeader(Name = PartiesApi.PurposeHeader)] string? purpose, GetIncident handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, purpose, cancellationToken) is { } incident ? TypedResults.Ok(incident) : TypedResults.NotFound();

    private static async Task<Results<Created<IncidentDetails>, ValidationProblem>> CreateAsync(
        IncidentInput input, SaveIncident save, GetIncident get, CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(input, cancellationToken);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors!.ToDictionary());
        }

        var created = await get.HandleAsync(result.Value, cancellationToken: cancellationToken);
        return TypedResults.Created($"/api/v1/incidents/{result.Value}", created);
    }

    private static async Task<Results<Ok<IncidentDetails>, ValidationProblem, NotFound, Conflict<ProblemDetailsBody>>> UpdateAsync(
        long id, IncidentInput input, SaveIncident save, GetIncident get, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(id, input, cancellationToken);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (result.Conflict)
        {
            return TypedResults.Conflict(new ProblemDetailsBody(
                "Changed by someone else", "The incident was changed after you read it. Reload it and apply your correction again.", 409));
        }

        return result.Succeeded ? TypedResults.Ok((await get.HandleAsync(id, cancellationToken: cancellationToken))!) : TypedResults.ValidationProblem(result.Errors!.ToDictionary());
    }
}

/// <summary>The list's query string; every parameter is optional, with the list's defaults.</summary>
internal sealed record IncidentQuery(
    DateOnly? From = null, DateOnly? To = null, FocalPoint.Domain.Incidents.IncidentKind? Kind = null, int? DirectorateId = null,
    int? MunicipalityId = null, int? FirearmTypeId = null, string? Text = null, IncidentSort Sort = IncidentSort.Newest, int Page = 1, int PageSize = 25)
{
    public IncidentFilter ToFilter() => new()
    {
        From = From, To = To, Kind = Kind, DirectorateId = DirectorateId, MunicipalityId = MunicipalityId, FirearmTypeId = FirearmTypeId,
        Text = Text, Sort = Sort, Page = Page, PageSize = PageSize,
    };
}

/// <summary>A ProblemDetails body for the answers TypedResults has no problem shape for.</summary>
internal sealed record ProblemDetailsBody(string Title, string Detail, int Status);
