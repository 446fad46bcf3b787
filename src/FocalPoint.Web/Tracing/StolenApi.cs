using FocalPoint.Application.Security;
using FocalPoint.Application.Tracing.Stolen;
using FocalPoint.Domain.Tracing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Tracing;

/// <summary>The lost-and-stolen register: the roadside search and the hits found when firearms are recorded or imported.</summary>
internal static class StolenApi
{
    public static void MapStolenApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/stolen").WithTags("Lost and stolen").RequireAuthorization(Capabilities.RegistryRead);
        group.MapPost("/search", SearchAsync).WithName("SearchStolen")
            .WithSummary("A serial (in the body, not the address) against the register: look-alike characters and partial serials included.");
        group.MapGet("/hits", HitsAsync).WithName("ListStolenHits")
            .WithSummary("Open hits the user can see on either side, their own first; or every hit of one firearm.");
        group.MapPost("/hits/{id:long}/decision", DecideAsync).WithName("DecideStolenHit").RequireAuthorization(Capabilities.RegistryEdit)
            .WithSummary("Confirms (the same gun) or dismisses (another gun) an open hit.");
    }

    /// <summary>The serial looked up.</summary>
    internal sealed record SearchBody(string? Serial);

    private static async Task<Results<Ok<IReadOnlyList<StolenAnswer>>, ValidationProblem>> SearchAsync(SearchBody body, SearchStolen handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(body.Serial, ct);
        return result.Errors is { } e ? TypedResults.ValidationProblem(e.ToDictionary()) : TypedResults.Ok(result.Value!);
    }

    private static async Task<Ok<IReadOnlyList<StolenHitRow>>> HitsAsync(long? firearmId, bool? all, ListStolenHits handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(firearmId, openOnly: all != true, ct));

    /// <summary>True: the same gun; false: another gun.</summary>
    internal sealed record DecisionBody(bool Confirm);

    private static async Task<Results<Ok<StolenHitState>, ValidationProblem, NotFound>> DecideAsync(long id, DecisionBody body, DecideStolenHit handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, body.Confirm, ct);
        return result.NotFound ? TypedResults.NotFound() : result.Errors is { } e ? TypedResults.ValidationProblem(e.ToDictionary()) : TypedResults.Ok(result.Value);
    }
}
