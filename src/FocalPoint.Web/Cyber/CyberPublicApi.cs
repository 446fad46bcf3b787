using FocalPoint.Application.Cyber.Reporting;
using FocalPoint.Domain.Cyber;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Cyber;

/// <summary>
/// The public form as an API, for anyone (no account): a challenge, a report admitted by its solved challenge, and
/// the follow-up by code and secret. Posts are rate-limited per client; the page at /report/cyber uses the same use cases.
/// </summary>
internal static class CyberPublicApi
{
    public const string Prefix = "/api/v1/public/cyber";

    public static void MapCyberPublicApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/public/cyber").WithTags("Cyber (public)").AllowAnonymous().RequireRateLimiting(CyberPublicLimits.Policy);
        group.MapGet("/challenge", (ProofOfWork pow) => TypedResults.Ok(pow.Issue())).WithName("CyberChallenge")
            .WithSummary("A proof-of-work challenge: find a nonce so that SHA-256(challenge \":\" nonce) starts with `bits` zero bits.");
        group.MapPost("/reports", ReportAsync).WithName("CyberPublicReport")
            .WithSummary("Reports a cyber incident; answers the tracking code and the secret to follow it (shown once).");
        group.MapPost("/follow", FollowAsync).WithName("CyberFollow")
            .WithSummary("Where a report stands, by code and secret; a wrong code and a wrong secret get the same 404.");
    }

    /// <summary>A public report: the form's fields, typed indicators, and the solved challenge.</summary>
    internal sealed record PublicReportBody(
        CyberIncidentType Type, string? Title, string? Description, string? Contact, DateTime? DetectedAtUtc,
        IReadOnlyList<CyberIndicatorInput>? Indicators, string? Challenge, string? Nonce);

    internal sealed record FollowBody(string? Code, string? Secret);

    /// <summary>What the reporter keeps (the secret is shown this once).</summary>
    internal sealed record ReceiptBody(string TrackingCode, string Secret);

    private static async Task<Results<Created<ReceiptBody>, ValidationProblem>> ReportAsync(PublicReportBody body, SubmitCyberReport handler, CancellationToken ct)
    {
        var input = new CyberReportInput
        {
            Type = body.Type, Title = body.Title, Description = body.Description, Contact = body.Contact,
            DetectedAtUtc = body.DetectedAtUtc?.ToUniversalTime(), Indicators = [.. body.Indicators ?? []],
        };
        var result = await handler.PublicAsync(input, body.Challenge, body.Nonce, ct);
        return result.Errors is { } errors
            ? TypedResults.ValidationProblem(errors.ToDictionary(), title: "The report was not accepted; nothing was stored.")
            : TypedResults.Created($"{Prefix}/follow", new ReceiptBody(result.Value!.TrackingCode, result.Value.Secret));
    }

    private static async Task<Results<Ok<CyberFollowView>, NotFound>> FollowAsync(FollowBody body, FollowCyberReport handler, CancellationToken ct) =>
        await handler.HandleAsync(body.Code, body.Secret, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
