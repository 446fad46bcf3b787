using FocalPoint.Application.Cases;
using FocalPoint.Application.Cases.Attachments;
using FocalPoint.Application.Cases.CaseFile;
using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Products;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Api;

/// <summary>The case workspace: list, read, open and edit cases, and the case file for the prosecutor.</summary>
internal static class CasesApi
{
    public static void MapCasesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(Capabilities.Cases);
        group.MapGet("/", ListAsync).WithName("ListCases").WithSummary("Lists the cases the caller may find, filtered, sorted and paged on the server.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetCase")
            .WithSummary("One case with its team, incidents within reach, records, tasks, journal and history. Persons need the X-Purpose header (audited).");
        group.MapPost("/", CreateAsync).WithName("CreateCase").WithSummary("Opens a case; the caller joins its team.");
        group.MapPut("/{id:long}", UpdateAsync).WithName("UpdateCase").WithSummary("Edits a case of the caller's team; send the version you read.");
        group.MapGet("/{id:long}/file.pdf", FileAsync).WithName("CaseFilePdf")
            .WithSummary("The case file for the prosecutor as PDF; recipient is required and the download is audited as a disclosure to it.");
        group.MapGet("/{id:long}/attachments/{attachmentId:long}", AttachmentAsync).WithName("CaseAttachment")
            .WithSummary("One attachment of a case of the caller's team, always as a download (never inline); audited.");
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> AttachmentAsync(long id, long attachmentId, CaseAttachments attachments, HttpContext context, CancellationToken cancellationToken)
    {
        if (await attachments.DownloadAsync(id, attachmentId, cancellationToken) is not { } file)
        {
            return TypedResults.NotFound();
        }

        // Served as bytes to save, whatever they hold: no type for the browser to render, no sniffing, no scripts.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return TypedResults.File(file.Content, "application/octet-stream", file.FileName);
    }

    private static async Task<Results<Ok<PagedResult<CaseRow>>, ValidationProblem>> ListAsync([AsParameters] CaseQuery query, ListCases list, CancellationToken cancellationToken)
    {
        var result = await list.HandleAsync(query.ToFilter(), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : TypedResults.ValidationProblem(result.Errors!.ToDictionary());
    }

    private static async Task<Results<Ok<CaseDetails>, NotFound>> GetAsync(
        long id, [Microsoft.AspNetCore.Mvc.FromHeader(Name = PartiesApi.PurposeHeader)] string? purpose, GetCase get, CancellationToken cancellationToken) =>
        await get.HandleAsync(id, purpose, cancellationToken) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    private static async Task<Results<Created<CaseDetails>, ValidationProblem, NotFound>> CreateAsync(CaseInput input, SaveCase save, GetCase get, CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(input, cancellationToken);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded
            ? TypedResults.Created($"/api/v1/cases/{result.Value}", await get.HandleAsync(result.Value, cancellationToken: cancellationToken))
            : TypedResults.ValidationProblem(result.Errors!.ToDictionary());
    }

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem, NotFound, Conflict<ProblemDetailsBody>>> UpdateAsync(
        long id, CaseInput input, SaveCase save, GetCase get, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(id, input, cancellationToken);
        return result switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Conflict: true } => TypedResults.Conflict(new ProblemDetailsBody(
                "Changed by someone else", "The case was changed after you read it. Reload it and apply your change again.", 409)),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
            _ => TypedResults.Ok((await get.HandleAsync(id, cancellationToken: cancellationToken))!),
        };
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> FileAsync(
        long id, string? recipient, ProductLanguage? language, ExportCaseFile export, CancellationToken cancellationToken)
    {
        var result = await export.HandleAsync(id, new CaseFileRequest(recipient, language ?? ProductLanguage.En), cancellationToken);
        return result switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
            _ => TypedResults.File(result.Value!.Pdf, "application/pdf", result.Value.FileName),
        };
    }
}

/// <summary>The case list's query string; every parameter is optional, with the list's defaults.</summary>
internal sealed record CaseQuery(
    CaseStatus? Status = null, CasePriority? Priority = null, bool Mine = false, string? Text = null, CaseSort Sort = CaseSort.RecentlyChanged, int Page = 1, int PageSize = 25)
{
    public CaseFilter ToFilter() => new() { Status = Status, Priority = Priority, Mine = Mine, Text = Text, Sort = Sort, Page = Page, PageSize = PageSize };
}
