using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Application.Tracing.Traces;
using FocalPoint.Domain.Tracing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoint.Web.Tracing;

/// <summary>Trace requests: built from a firearm, moved through their lifecycle, answered; partners' requests registered by the liaison officer.</summary>
internal static class TracesApi
{
    public static void MapTracesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/traces").WithTags("Tracing");
        group.MapGet("/", ListAsync).WithName("ListTraces").RequireAuthorization(Capabilities.TraceRead)
            .WithSummary("Trace requests within reach, newest first (overdue ones by due date), with the open and overdue load per destination.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetTrace").RequireAuthorization(Capabilities.TraceRead)
            .WithSummary("One trace with its firearm, answers and time to crime.");
        group.MapGet("/preparation/{firearmId:long}", PrepareAsync).WithName("PrepareTrace").RequireAuthorization(Capabilities.TraceWork)
            .WithSummary("The identification check of a firearm (fields missing) and the suggested destinations.");
        group.MapPost("/", CreateAsync).WithName("CreateTrace").RequireAuthorization(Capabilities.TraceWork)
            .WithSummary("A trace request from a firearm, as a draft or sent at once.");
        group.MapPost("/{id:long}/moves", MoveAsync).WithName("MoveTrace").RequireAuthorization(Capabilities.TraceWork)
            .WithSummary("One lifecycle step: Send, Acknowledge, Fail (with a reason) or Close.");
        group.MapPost("/{id:long}/answers", AnswerAsync).WithName("AnswerTrace").RequireAuthorization(Capabilities.TraceWork)
            .WithSummary("Records an answer; an established point of diversion feeds SDG 16.4.2.");
        group.MapPost("/incoming", IncomingAsync).WithName("RegisterIncomingTrace").RequireAuthorization(Capabilities.TraceLiaison)
            .WithSummary("Registers a partner's trace request about a firearm it recovered.");
    }

    private static async Task<Ok<TraceList>> ListAsync(
        [FromQuery] TraceDirection? direction, [FromQuery] TraceStatus? status, [FromQuery] bool? overdue, [FromQuery] TraceChannel? channel, [FromQuery] string? country,
        [FromQuery] int? page, ListTraces handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(new TraceFilter(direction, status, overdue ?? false, channel, country, page ?? 1), ct));

    private static async Task<Results<Ok<TraceDetails>, NotFound>> GetAsync(long id, GetTrace handler, CancellationToken ct) =>
        await handler.HandleAsync(id, ct) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    private static async Task<Results<Ok<TracePreparation>, NotFound>> PrepareAsync(long firearmId, PrepareTrace handler, CancellationToken ct) =>
        await handler.HandleAsync(firearmId, ct) is { } preparation ? TypedResults.Ok(preparation) : TypedResults.NotFound();

    private static async Task<Results<Created<IdBody>, ValidationProblem, NotFound>> CreateAsync(TraceInput body, CreateTrace handler, CancellationToken ct) =>
        ToCreated(await handler.HandleAsync(body, ct));

    /// <summary>The body of a lifecycle step.</summary>
    internal sealed record MoveBody(TraceMove Move, string? Note);

    private static async Task<Results<Ok<TraceStatus>, ValidationProblem, NotFound, Conflict>> MoveAsync(long id, MoveBody body, MoveTrace handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, body.Move, body.Note, ct);
        return result.NotFound ? TypedResults.NotFound() : result.Conflict ? TypedResults.Conflict()
            : result.Errors is { } e ? TypedResults.ValidationProblem(e.ToDictionary()) : TypedResults.Ok(result.Value);
    }

    private static async Task<Results<Created<IdBody>, ValidationProblem, NotFound>> AnswerAsync(long id, TraceAnswerInput body, RecordTraceAnswer handler, CancellationToken ct) =>
        ToCreated(await handler.HandleAsync(id, body, ct), $"/api/v1/traces/{id}");

    private static async Task<Results<Created<IdBody>, ValidationProblem, NotFound>> IncomingAsync(IncomingTraceInput body, RegisterIncomingTrace handler, CancellationToken ct) =>
        ToCreated(await handler.HandleAsync(body, ct));

    /// <summary>The id of what was created.</summary>
    internal sealed record IdBody(long Id);

    private static Results<Created<IdBody>, ValidationProblem, NotFound> ToCreated(CommandResult<long> result, string? location = null) =>
        result.NotFound ? TypedResults.NotFound()
        : result.Errors is { } e ? TypedResults.ValidationProblem(e.ToDictionary(), title: "The request was not accepted; nothing was changed.")
        : TypedResults.Created(location ?? $"/api/v1/traces/{result.Value}", new IdBody(result.Value));
}
