using FocalPoint.Application.Security;
using FocalPoint.Application.Import.ErrorReport;
using FocalPoint.Application.Registry.Incidents.Export;
using FocalPoint.Data.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Api;

/// <summary>Imports over HTTP: the error report of a batch, for the registry editor who ran it.</summary>
internal static class ImportApi
{
    public static void MapImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/import").WithTags("Import").RequireAuthorization(Capabilities.Import);
        group.MapGet("/batches/{id:long}/errors.csv", Csv).WithName("ImportErrorReportCsv")
            .WithSummary("The rows of a batch still in the quarantine, one line per problem with the row's original values, as CSV. Audited.");
        group.MapGet("/batches/{id:long}/errors.xlsx", Xlsx).WithName("ImportErrorReportXlsx")
            .WithSummary("The rows of a batch still in the quarantine, one line per problem with the row's original values, as XLSX. Audited.");
    }

    private static Task<Results<PushStreamHttpResult, NotFound>> Csv(long id, ImportErrorReport report, HttpContext http) =>
        ReportAsync(id, ExportFormat.Csv, report, http);

    private static Task<Results<PushStreamHttpResult, NotFound>> Xlsx(long id, ImportErrorReport report, HttpContext http) =>
        ReportAsync(id, ExportFormat.Xlsx, report, http);

    private static async Task<Results<PushStreamHttpResult, NotFound>> ReportAsync(long id, ExportFormat format, ImportErrorReport report, HttpContext http)
    {
        // A batch of someone else answers 404, like one that does not exist.
        if (await report.FileNameAsync(id, http.RequestAborted) is not { } name)
        {
            return TypedResults.NotFound();
        }

        var (type, extension) = format == ExportFormat.Csv
            ? ("text/csv; charset=utf-8", "csv")
            : ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        return TypedResults.Stream(stream => report.WriteAsync(id, format, stream, http.RequestAborted), type, $"{name}-errors.{extension}");
    }
}
