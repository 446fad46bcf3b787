using FocalPoint.Application.Infrastructure.Operators;
using FocalPoint.Application.Infrastructure.ThreatLevels;
using FocalPoint.Application.Security;
using FocalPoint.Domain.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Infrastructure;

/// <summary>Operators with their plans' standing, and the threat level per sector (set by the ministry).</summary>
internal static class InfrastructureApi
{
    public static void MapInfrastructureApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/infrastructure").WithTags("Critical infrastructure");
        group.MapGet("/operators", async (ListOperators list, CancellationToken ct) => TypedResults.Ok(await list.HandleAsync(ct)))
            .RequireAuthorization(Capabilities.CriticalInfrastructure).WithName("ListInfrastructureOperators")
            .WithSummary("The operators within the caller's reach (an operator: its own) with the plan in force, its review date, the version in the works and the measures the sector's level asks to apply.");
        group.MapGet("/threat-levels", async (SetThreatLevel levels, CancellationToken ct) => TypedResults.Ok(await levels.ListAsync(ct)))
            .RequireAuthorization(Capabilities.CriticalInfrastructure).WithName("ListThreatLevels")
            .WithSummary("The threat level in force per sector.");
        group.MapPost("/threat-levels", SetAsync).RequireAuthorization(Capabilities.InfrastructureOversight).WithName("SetThreatLevel")
            .WithSummary("Sets a sector's threat level, with the reason; the operators of the sector then see the graduated measures it puts in force.");
    }

    internal sealed record LevelBody(CriticalSector Sector, ThreatLevel Level, string? Reason);

    private static async Task<Results<NoContent, ValidationProblem, NotFound>> SetAsync(LevelBody body, SetThreatLevel handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(body.Sector, body.Level, body.Reason, ct);
        return result switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
            _ => TypedResults.NoContent(),
        };
    }
}
