using FocalPoint.Application.Security;
using System.Text.Json;
using FocalPoint.Application.Common;
using FocalPoint.Application.DataProtection;
using FocalPoint.Application.Notes;
using FocalPoint.Data.Identity;
using FocalPoint.Domain.Links;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoint.Web.Api;

/// <summary>Data protection by design: notes (fact or assessment), the retention review queue, erasure and subject-access export.</summary>
internal static class DataProtectionApi
{
    public sealed record EraseRequest(string? Justification);

    public static void MapDataProtectionApi(this RouteGroupBuilder api)
    {
        var notes = api.MapGroup("/notes").WithTags("Notes");
        notes.MapGet("/", ListNotesAsync).WithName("ListNotes").WithSummary("The notes on an incident or a person, each marked Fact or Assessment.")
            .RequireAuthorization(Capabilities.RegistryRead);
        notes.MapPost("/", AddNoteAsync).WithName("AddNote").WithSummary("Adds a fact or an assessment to an incident or a person.")
            .RequireAuthorization(Capabilities.RegistryEdit);

        var retention = api.MapGroup("/retention").WithTags("Retention").RequireAuthorization(Capabilities.Retention);
        retention.MapGet("/due", ListDueAsync).WithName("ListRetentionDue").WithSummary("Records due for review or erasure under the retention rules.");
        retention.MapPost("/keep", KeepAsync).WithName("KeepRecord").WithSummary("Keeps a record for another period; the justification is recorded and audited.");
        retention.MapPost("/persons/{id:long}/erase", EraseAsync).WithName("ErasePerson").WithSummary("Erases a person's personal data; audited with the justification.");

        api.MapPost("/persons/{id:long}/subject-access-export", ExportAsync).WithTags("Persons").WithName("ExportSubjectAccess")
            .WithSummary($"Everything held on one person (within reach) as a JSON download. Requires the {PartiesApi.PurposeHeader} header.")
            .RequireAuthorization(Capabilities.Retention);
    }

    private static async Task<Results<Ok<IReadOnlyList<NoteRow>>, NotFound>> ListNotesAsync(
        EntityKind subjectKind, long subjectId, [FromHeader(Name = PartiesApi.PurposeHeader)] string? purpose, ListNotes handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(subjectKind, subjectId, purpose, cancellationToken) is { } rows ? TypedResults.Ok(rows) : TypedResults.NotFound();

    private static async Task<Results<Created<long>, ValidationProblem, NotFound>> AddNoteAsync(NoteInput input, AddNote handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, cancellationToken) switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Succeeded: true } r => TypedResults.Created($"/api/v1/notes/{r.Value}", r.Value),
            var r => TypedResults.ValidationProblem(r.Errors!.ToDictionary()),
        };

    private static async Task<Ok<IReadOnlyList<RetentionDueRow>>> ListDueAsync(ListRetentionDue handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken: cancellationToken));

    private static async Task<Results<Ok<DateOnly>, ValidationProblem, NotFound>> KeepAsync(KeepInput input, KeepRecord handler, CancellationToken cancellationToken) =>
        Map(await handler.HandleAsync(input, cancellationToken));

    private static async Task<Results<Ok<long>, ValidationProblem, NotFound>> EraseAsync(long id, EraseRequest request, ErasePerson handler, CancellationToken cancellationToken) =>
        Map(await handler.HandleAsync(id, request.Justification, cancellationToken));

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> ExportAsync(
        long id, [FromHeader(Name = PartiesApi.PurposeHeader)] string? purpose, ExportSubjectAccess handler, CancellationToken cancellationToken)
    {
        if (purpose?.Trim().Length is not (>= 5 and <= Security.PurposeMemory.MaxLength))
        {
            return TypedResults.Problem($"State the purpose of the export in the {PartiesApi.PurposeHeader} header.", statusCode: StatusCodes.Status400BadRequest, title: "Purpose required");
        }

        var export = await handler.HandleAsync(id, purpose.Trim(), cancellationToken);
        return export is null
            ? TypedResults.NotFound()
            : TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(export, JsonOptions), "application/json", $"subject-access-person-{id}.json");
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static Results<Ok<T>, ValidationProblem, NotFound> Map<T>(CommandResult<T> result) => result switch
    {
        { NotFound: true } => TypedResults.NotFound(),
        { Succeeded: true } => TypedResults.Ok(result.Value!),
        _ => TypedResults.ValidationProblem(result.Errors!.ToDictionary()),
    };
}
