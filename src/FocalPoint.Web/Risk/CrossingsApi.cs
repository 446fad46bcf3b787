using FocalPoint.Application.Risk.Screening;
using FocalPoint.Application.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FocalPoint.Web.Risk;

/// <summary>
/// The crossings stream (ADR 0019): batches of crossing records screened against the approved profiles and the
/// registry's watch-list as they arrive. Each batch is screened whole and acknowledged, or refused whole with the reason.
/// </summary>
internal static class CrossingsApi
{
    public const string Path = "/api/v1/crossings";
    private const string JsonLines = "application/x-ndjson";

    /// <summary>The receipt of a screened batch: the run, what it found, and the profile versions it screened with.</summary>
    internal sealed record Receipt(string RunId, long RecordsScreened, long Hits, long Queued, long WatchListHits, long ControlChecks, int WatchListEntries,
        IReadOnlyList<ProfileUsed> Profiles, IReadOnlyList<ProfileSkipped> Skipped);

    internal sealed record ProfileUsed(string Id, int Version, string Name);

    internal sealed record ProfileSkipped(string Id, int Version, string Reason);

    public static void MapCrossingsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/crossings", ScreenAsync).RequireAuthorization(Capabilities.CrossingScreening).WithTags("Risk").WithName("ScreenCrossingStream")
            .Accepts<IReadOnlyList<object>>("application/json", JsonLines)
            .WithSummary("Screens a batch of crossing records (a JSON array, or JSON Lines as application/x-ndjson; docs/crossings.md) against the "
                + "approved profiles and the watch-list, and queues the hits. The batch is taken whole or refused whole: 400 names each bad record "
                + "by index and field, 413 when too large, 429 with Retry-After when screening is busy.");
    }

    /// <summary>Gives this address its own body limit; every other address keeps the general one.</summary>
    public static long? BodyLimitFor(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase)) return null;
        var limit = context.RequestServices.GetRequiredService<IOptions<CrossingStreamOptions>>().Value.MaxRequestBytes;
        return limit;
    }

    private static async Task<Results<Ok<Receipt>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> ScreenAsync(
        HttpContext http, CrossingAdmission admission, ScreenCrossingStream handler, IOptions<CrossingStreamOptions> options, CancellationToken ct)
    {
        var limits = options.Value;
        var type = http.Request.ContentType ?? "";
        var jsonLines = type.StartsWith(JsonLines, StringComparison.OrdinalIgnoreCase);
        if (!jsonLines && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return Refused(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                $"Send application/json (an array of records) or {JsonLines} (one record a line). Nothing was screened.");

        using var lease = await admission.EnterAsync(ct);
        if (lease is null)
        {
            http.Response.Headers.RetryAfter = limits.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Refused(StatusCodes.Status429TooManyRequests, "Screening is busy",
                $"Screening is at capacity: nothing of this request was taken. Send the same batch again in {limits.RetryAfterSeconds} seconds.");
        }

        CrossingBatchResult? result;
        try
        {
            result = await handler.HandleAsync(http.Request.Body, jsonLines, limits.MaxRecordsPerRequest, cancellationToken: ct);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge($"The body may be at most {limits.MaxRequestBytes:N0} bytes.");
        }

        return result switch
        {
            null => TypedResults.Forbid(),
            { Run: { } run } => TypedResults.Ok(ToReceipt(run, result.WatchListEntries)),
            { TooMany: true } => TooLarge($"A request may carry at most {limits.MaxRecordsPerRequest:N0} records; split the batch."),
            { Unreadable: { } reason } => Refused(StatusCodes.Status400BadRequest, "The crossings could not be read", reason + " Nothing was screened."),
            _ => TypedResults.ValidationProblem(
                result.Errors.GroupBy(e => $"[{e.Index}].{e.Field}".TrimEnd('.'))
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "The crossings were refused whole; nothing was screened.",
                detail: $"{result.ErrorCount} problem(s) in the records" + (result.ErrorCount > result.Errors.Count ? $"; the first {result.Errors.Count} are listed." : ".")),
        };
    }

    private static ProblemHttpResult TooLarge(string detail) =>
        Refused(StatusCodes.Status413PayloadTooLarge, "Request too large", detail + " Nothing of this request was taken.");

    private static ProblemHttpResult Refused(int status, string title, string detail) => TypedResults.Problem(detail, statusCode: status, title: title);

    private static Receipt ToReceipt(ScreeningRunResult run, int watchListEntries)
    {
        var s = run.Summary;
        return new Receipt(run.RunId, s.Records, s.RiskHits, s.Selected, s.WatchListHits, s.ControlChecks, watchListEntries,
            [.. s.Profiles.Select(p => new ProfileUsed(p.Id, p.Version, p.Name))],
            [.. s.Skipped.Select(p => new ProfileSkipped(p.ProfileId, p.Version, p.Reason))]);
    }
}
