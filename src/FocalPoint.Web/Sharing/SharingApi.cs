using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Application.Sharing;
using FocalPoint.Application.Sharing.Ledger;
using FocalPoint.Application.Sharing.Receiving;
using FocalPoint.Application.Sharing.Sending;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FocalPoint.Web.Sharing;

/// <summary>The liaison desk's ledger, package files and the intake of a partner's package (ADR 0027).</summary>
internal static class SharingApi
{
    public static void MapSharingApi(this RouteGroupBuilder api)
    {
        var sharing = api.MapGroup("/sharing").WithTags("Sharing").RequireAuthorization(Capabilities.SharingSend);
        sharing.MapGet("/packages", LedgerAsync).WithName("SharingLedger")
            .WithSummary("The ledger of packages sent and received, newest first; partnerId narrows it to one partner.");
        sharing.MapGet("/packages/{id:long}/file", FileAsync).WithName("SharingPackageFile")
            .WithSummary("The sealed package or acknowledgement, to hand over on the partner's channel (audited as a transfer).");
        sharing.MapPost("/packages/received", ReceiveAsync).WithName("ReceiveSharingPackage")
            .WithSummary("Opens a partner's package (the request body is the file): checked, stored with provenance, correlated; answers the acknowledgement's ledger id.");
        // The form is read by hand, not bound: a bound form would make routing answer 415 to other bodies before
        // authorisation speaks; the antiforgery check stays on through the metadata.
        sharing.MapPost("/exports/misp", (HttpContext context, ExportSelection handler, CancellationToken ct) => ExportAsync(context, EcosystemFormat.Misp, handler, ct))
            .WithMetadata(new RequireAntiforgeryTokenAttribute()).WithName("ExportSelectionMisp").WithSummary("The builder's selection for one partner as a MISP event (form post with antiforgery; audited as a disclosure).");
        sharing.MapPost("/exports/stix", (HttpContext context, ExportSelection handler, CancellationToken ct) => ExportAsync(context, EcosystemFormat.Stix, handler, ct))
            .WithMetadata(new RequireAntiforgeryTokenAttribute()).WithName("ExportSelectionStix").WithSummary("The builder's selection for one partner as a STIX 2.1 bundle (form post with antiforgery; audited as a disclosure).");
    }

    // The full address of the intake below, as the body-size middleware sees it before routing.
    private const string ReceivePath = "/api/v1/sharing/packages/received";

    /// <summary>
    /// The body limit of the package intake: the host's default is for forms, a package may be as large as the sharing
    /// limit, plus one byte so that a streamed body over it is read far enough to be refused (and audited) as too large.
    /// </summary>
    public static long? BodyLimitFor(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals(ReceivePath, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var limit = context.RequestServices.GetRequiredService<IOptions<SharingOptions>>().Value.MaxPackageBytes + 1L;

        return limit;
    }

    internal sealed record ReceivedBody(long LedgerId, string Partner, int Records, int Joined, int Doubtful);

    private static async Task<Results<Ok<PagedResult<LedgerRow>>, ValidationProblem>> LedgerAsync(
        [FromQuery] long? partnerId, [FromQuery] int? page, [FromQuery] int? pageSize, PackageLedger handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new LedgerFilter(partnerId, false, page ?? 1, pageSize ?? 20), ct);
        return result.Errors is { } e ? TypedResults.ValidationProblem(e.ToDictionary()) : TypedResults.Ok(result.Value!);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> FileAsync(long id, PackageFile handler, CancellationToken ct) =>
        await handler.HandleAsync(id, ct) is { } file ? TypedResults.File(file.Bytes, "application/json", file.FileName) : TypedResults.NotFound();

    private static async Task<Results<Ok<ReceivedBody>, ProblemHttpResult, NotFound>> ReceiveAsync(HttpContext context, OpenPackage handler, IOptions<SharingOptions> options, CancellationToken ct)
    {
        var limit = options.Value.MaxPackageBytes;
        var bytes = await ReadAtMostAsync(context.Request.Body, limit + 1, ct);
        var result = bytes.Length > limit ? await handler.RefuseTooLargeAsync(ct) : await handler.HandleAsync(bytes, ct);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        var outcome = result.Value!;
        return outcome.Refusal is { } refusal
            ? TypedResults.Problem(outcome.Message!.English, statusCode: StatusCodes.Status400BadRequest, title: refusal.ToString())
            : TypedResults.Ok(new ReceivedBody(outcome.LedgerId!.Value, outcome.PartnerCode!, outcome.Records, outcome.Joined, outcome.Doubtful));
    }

    /// <summary>The builder's choice as its download form posts it (a form, so that the browser saves the answer as a file).</summary>
    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound, ProblemHttpResult>> ExportAsync(HttpContext context, EcosystemFormat format, ExportSelection handler, CancellationToken ct)
    {
        // The antiforgery middleware only records its verdict; a post without a valid token is refused here, unread.
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } || !context.Request.HasFormContentType)
        {
            return TypedResults.Problem("Post the builder's form, with its antiforgery token.", statusCode: StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(ct);
        var input = new SendInput
        {
            PartnerId = long.TryParse(form["PartnerId"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null,
            Purpose = form["Purpose"], Records = [.. form.Where(f => f.Key.StartsWith("Records[", StringComparison.Ordinal)).SelectMany(f => f.Value).OfType<string>()],
        };
        var result = await handler.HandleAsync(input, format, ct);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        return result.Errors is { } e ? TypedResults.ValidationProblem(e.ToDictionary()) : TypedResults.File(result.Value!.Bytes, "application/json", result.Value.FileName);
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream body, int max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < max && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, max - buffer.Length)), ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
