using FocalPoint.Application.Security;
using FocalPoint.Application.Audit;
using FocalPoint.Application.Common;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Api;

/// <summary>
/// The auditor's view of the audit log: search and CSV export, for the Auditor role only. There is deliberately
/// no endpoint that changes or switches off the log.
/// </summary>
internal static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Capabilities.Audit);
        group.MapGet("/", SearchAsync).WithName("SearchAuditLog").WithSummary("Searches the audit log, newest first, paged. The search is itself logged.");
        group.MapGet("/export.csv", ExportAsync).WithName("ExportAuditLog")
            .WithSummary("Every entry matching the search as CSV (cells safe to open in a spreadsheet). The export is itself logged.");
    }

    private static async Task<Results<Ok<PagedResult<AuditEntryRow>>, ValidationProblem>> SearchAsync(
        [AsParameters] AuditQueryString query, SearchAuditLog search, CancellationToken cancellationToken)
    {
        var result = await search.HandleAsync(query.ToFilter(), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : TypedResults.ValidationProblem(result.Errors!.ToDictionary());
    }

    private static Results<PushStreamHttpResult, ValidationProblem> ExportAsync(
        [AsParameters] AuditQueryString query, ExportAuditLog export, HttpContext http)
    {
        var filter = query.ToFilter();
        if (ExportAuditLog.Check(filter) is { } errors)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Stream(stream => export.WriteAsync(filter, stream, http.RequestAborted), "text/csv; charset=utf-8", "audit-log.csv");
    }
}

/// <summary>The search's query string; every parameter optional.</summary>
internal sealed record AuditQueryString(
    DateOnly? From = null, DateOnly? To = null, string? Actor = null, AuditAction? Action = null, string? RecordKind = null,
    string? RecordId = null, string? Purpose = null, int Page = 1, int PageSize = 50)
{
    public AuditFilter ToFilter() => new()
    {
        From = From, To = To, Actor = Actor, Action = Action, RecordKind = RecordKind, RecordId = RecordId, Purpose = Purpose,
        Page = Page, PageSize = PageSize,
    };
}
