using FocalPoint.Application.Ballistics;
using FocalPoint.Application.Security;
using FocalPoint.Domain.Ballistics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Ballistics;

/// <summary>The ballistic department's records (examiners only) and the confirmed hits of a registry record (under need-to-know).</summary>
internal static class BallisticsApi
{
    public static void MapBallisticsApi(this RouteGroupBuilder api)
    {
        var lab = api.MapGroup("/ballistics").WithTags("Ballistics").RequireAuthorization(Capabilities.Ballistics);
        lab.MapGet("/", ListAsync).WithName("ListBallistics").WithSummary("Leads (open first) and a page of examinations in the order asked (`sort`, `page`), optionally for laboratory numbers starting with `lab`.");
        lab.MapPost("/examinations", RecordAsync).WithName("RecordExamination").WithSummary("Records an examination of scene evidence or of test fires from a recorded firearm.");
        lab.MapPost("/leads", ProposeAsync).WithName("ProposeBallisticLead").WithSummary("Records a candidate correlation between two examinations.");
        lab.MapPost("/leads/{id:long}/decision", DecideAsync).WithName("DecideBallisticLead").WithSummary("Another examiner confirms or refutes a lead after comparing the marks.");

        api.MapGet("/ballistic-hits", HitsAsync).WithTags("Ballistics").WithName("ListBallisticHits").RequireAuthorization(Capabilities.RegistryRead)
            .WithSummary("Confirmed hits of an incident, a firearm or a case (scope and id), each side named only within reach.");
    }

    private static async Task<Results<Ok<LaboratoryView>, NotFound>> ListAsync(string? lab, ExaminationSort? sort, int? page, ListExaminations handler, CancellationToken ct) =>
        await handler.HandleAsync(new ExaminationQuery(lab, sort ?? ExaminationSort.Newest, page ?? 1), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Created<long>, ValidationProblem, NotFound>> RecordAsync(ExaminationInput body, RecordExamination handler, CancellationToken ct) =>
        Created(await handler.HandleAsync(body, ct), "examinations");

    private static async Task<Results<Created<long>, ValidationProblem, NotFound>> ProposeAsync(LeadInput body, ProposeLead handler, CancellationToken ct) =>
        Created(await handler.HandleAsync(body, ct), "leads");

    private static async Task<Results<Ok<BallisticLeadState>, ValidationProblem, NotFound>> DecideAsync(long id, LeadDecision body, DecideLead handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, body, ct);
        return result.NotFound ? TypedResults.NotFound() : result.Errors is { } e ? TypedResults.ValidationProblem(e.ToDictionary()) : TypedResults.Ok(result.Value);
    }

    private static async Task<Ok<IReadOnlyList<BallisticHitRow>>> HitsAsync(HitScope scope, long id, ListBallisticHits handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(scope, id, ct));

    private static Results<Created<long>, ValidationProblem, NotFound> Created(Application.Common.CommandResult<long> result, string kind) =>
        result.NotFound ? TypedResults.NotFound()
        : result.Errors is { } e ? TypedResults.ValidationProblem(e.ToDictionary())
        : TypedResults.Created($"/api/v1/ballistics/{kind}/{result.Value}", result.Value);
}
