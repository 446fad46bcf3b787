using FocalPoint.Application.Security;
using FocalPoint.Application.Reports.Iafq;
using FocalPoint.Data.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Api;

/// <summary>Statistical reports: the IAFQ tables of a year with the SDG 16.4.2 value, for the statistics roles.</summary>
internal static class ReportsApi
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports").RequireAuthorization(Capabilities.Statistics);
        group.MapGet("/iafq/{year:int}", GetAsync).WithName("GetIafqReport")
            .WithSummary("The IAFQ-shaped statistics of a year (arms by type and legal context, ammunition, explosives, tracing) and SDG 16.4.2.");
        group.MapGet("/iafq/{year:int}.xlsx", Xlsx).WithName("ExportIafqXlsx")
            .WithSummary("The IAFQ statistics of a year as an XLSX workbook, one sheet per table. The export is audited.");
        group.MapGet("/iafq/{year:int}.zip", CsvZip).WithName("ExportIafqCsvZip")
            .WithSummary("The IAFQ statistics of a year as a zip of one CSV per table. The export is audited.");
    }

    private static async Task<Results<Ok<IafqReport>, ValidationProblem>> GetAsync(int year, BuildIafqReport build, CancellationToken cancellationToken) =>
        build.Check(year) is { } errors ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(await build.HandleAsync(year, cancellationToken));

    private static Results<PushStreamHttpResult, ValidationProblem> Xlsx(int year, BuildIafqReport build, ExportIafqReport export, HttpContext http) =>
        build.Check(year) is { } errors
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Stream(stream => export.WriteXlsxAsync(year, stream, http.RequestAborted), XlsxType, $"iafq-{year}.xlsx");

    private static Results<PushStreamHttpResult, ValidationProblem> CsvZip(int year, BuildIafqReport build, ExportIafqReport export, HttpContext http) =>
        build.Check(year) is { } errors
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Stream(stream => export.WriteCsvZipAsync(year, stream, http.RequestAborted), "application/zip", $"iafq-{year}-csv.zip");
}
