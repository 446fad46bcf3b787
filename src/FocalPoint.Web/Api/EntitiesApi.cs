using FocalPoint.Application.Security;
using FocalPoint.Application.Common;
using FocalPoint.Application.Linkage;
using FocalPoint.Data.Identity;
using FocalPoint.Domain.Resolution;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoint.Web.Api;

/// <summary>The entity-review queue and decisions on it; person pairs are limited by the use cases to personal-data roles.</summary>
internal static class EntitiesApi
{
    public static void MapEntitiesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/entities/review").WithTags("Entities");
        group.MapGet("/", ListAsync).WithName("ListReviewQueue")
            .WithSummary("Pairs of records in the band of doubt, most doubtful first (ids and scores only, no names).")
            .RequireAuthorization(Capabilities.EntityReview);
        group.MapPost("/{id:long}/decision", DecideAsync).WithName("DecideReviewPair")
            .WithSummary("Accept (the two entities are merged) or reject (kept apart in every later run) one pending pair.")
            .RequireAuthorization(Capabilities.RegistryEdit);
    }

    private static async Task<Ok<PagedResult<ReviewQueueRow>>> ListAsync(
        [FromQuery] ResolvedKind? kind, [FromQuery] ReviewState? state, [FromQuery] ReviewSort? sort, [FromQuery] int? page, [FromQuery] int? pageSize,
        ListReviewQueue handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(
            new ReviewQueueFilter(kind, state ?? ReviewState.Pending, sort ?? ReviewSort.MostDoubtful, page ?? 1, pageSize ?? 25), cancellationToken));

    /// <summary>The body of a decision.</summary>
    /// <param name="Accept">True: the same entity; false: different entities.</param>
    /// <param name="ConfirmMerge">Required (true) when accepting merges entities that hold more records than the pair's two.</param>
    internal sealed record DecisionBody(bool Accept, bool ConfirmMerge = false);

    /// <summary>What a decision did.</summary>
    /// <param name="EntityId">The entity the right-hand record now belongs to.</param>
    internal sealed record DecisionResult(long PairId, bool Accepted, long? EntityId);

    private static async Task<Results<Ok<DecisionResult>, NotFound, ProblemHttpResult, ValidationProblem>> DecideAsync(
        long id, DecisionBody body, DecideReviewPair handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new ReviewDecision(id, body.Accept, body.ConfirmMerge), cancellationToken);
        if (result.Errors is not null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["confirmMerge"] = ["Accepting this pair merges entities with more records than these two: review the merge and send confirmMerge: true."] },
                title: "Merge needs confirmation");
        }

        if (result.Conflict)
        {
            return TypedResults.Problem("This pair has already been accepted or rejected.", statusCode: StatusCodes.Status409Conflict, title: "Already decided");
        }

        return result.Succeeded ? TypedResults.Ok(new DecisionResult(id, body.Accept, result.Value)) : TypedResults.NotFound();
    }
}
