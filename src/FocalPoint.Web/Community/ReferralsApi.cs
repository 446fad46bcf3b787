using FocalPoint.Application.Common;
using FocalPoint.Application.Community.Referrals;
using FocalPoint.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Community;

/// <summary>
/// The sealed referral mechanism (ADR 0025). The group asks only for a signed-in caller: the seal itself sits in the
/// use cases, which answer 404 to every role but the referral case worker and audit the attempt, so that the API
/// never confirms that a referral exists. The aggregate figures are an ordinary capability (403 to others).
/// </summary>
internal static class ReferralsApi
{
    public static void MapReferralsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/referrals").WithTags("Referrals");
        group.MapGet("/", ListAsync).WithName("ListReferrals").WithSummary("Open referrals, the review queue or exited ones, without names (sealed: 404 to other roles).");
        group.MapGet("/{id:long}", GetAsync).WithName("GetReferral").WithSummary("One referral with its steps and stage history; audited (sealed).");
        group.MapPost("/", ReferAsync).WithName("Refer").WithSummary("The referral form; a field the form does not have (beliefs, religion, ethnicity) is refused whole.");
        Step<ScreeningInput>(group, "screening", (s, id, i, ct) => s.ScreenAsync(id, i, ct));
        Step<ConsentInput>(group, "consent", (s, id, i, ct) => s.ConsentAsync(id, i, ct));
        Step<AssessmentInput>(group, "assessments", (s, id, i, ct) => s.AssessAsync(id, i, ct));
        Step<PanelInput>(group, "panel-meetings", (s, id, i, ct) => s.PanelAsync(id, i, ct));
        Step<SupportInput>(group, "support-items", (s, id, i, ct) => s.SupportAsync(id, i, ct));
        Step<ReviewInput>(group, "reviews", (s, id, i, ct) => s.ReviewAsync(id, i, ct));
        Step<ExitInput>(group, "exit", (s, id, i, ct) => s.ExitAsync(id, i, ct));

        api.MapGet("/referral-figures/{year:int}", FiguresAsync).WithTags("Referrals").RequireAuthorization(Capabilities.ReferralFigures)
            .WithName("ReferralFigures").WithSummary("Referrals of a year by month, municipality, sex, age band and outcome; counts under 5 shown as \"<5\".");
    }

    private static async Task<Results<Ok<IReadOnlyList<ReferralRow>>, NotFound>> ListAsync(ReferralListKind? kind, ListReferrals list, CancellationToken ct) =>
        await list.HandleAsync(kind ?? ReferralListKind.Open, ct) is { } rows ? TypedResults.Ok(rows) : TypedResults.NotFound();

    private static async Task<Results<Ok<ReferralDetails>, NotFound>> GetAsync(long id, GetReferral get, CancellationToken ct) =>
        await get.HandleAsync(id, ct) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    private static async Task<Results<Created, ValidationProblem, NotFound>> ReferAsync(ReferralInput input, ReferReferral refer, CancellationToken ct)
    {
        var result = await refer.HandleAsync(input, ct);
        return result switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
            _ => TypedResults.Created($"/api/v1/referrals/{result.Value}"),
        };
    }

    private static void Step<TInput>(RouteGroupBuilder group, string step, Func<ReferralSteps, long, TInput, CancellationToken, Task<CommandResult<long>>> run) =>
        group.MapPost("/{id:long}/" + step, async Task<Results<NoContent, ValidationProblem, NotFound>> (long id, TInput input, ReferralSteps steps, CancellationToken ct) =>
        {
            var result = await run(steps, id, input, ct);
            return result switch
            {
                { NotFound: true } => TypedResults.NotFound(),
                { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
                _ => TypedResults.NoContent(),
            };
        }).WithName("Referral_" + step).WithSummary($"Records the referral's {step} step; refused when it does not fit the stage (sealed).");

    private static async Task<Results<Ok<ReferralFigureTable>, NotFound>> FiguresAsync(int year, ReferralFigures figures, CancellationToken ct) =>
        year is >= 2000 and <= 2100 && await figures.HandleAsync(year, ct) is { } table ? TypedResults.Ok(table) : TypedResults.NotFound();
}
