using System.Threading.RateLimiting;
using FocalPoint.Application.Cyber;
using FocalPoint.Web.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FocalPoint.Web.Cyber;

/// <summary>
/// Abuse controls of the public cyber form around the proof of work: a rate limit per client on the posts (the
/// ASP.NET Core rate limiter over the shared counters of every node; page views and challenges are not limited), and a body limit that makes room for the
/// attachments on the form's own address only.
/// </summary>
internal static class CyberPublicLimits
{
    public const string Policy = "cyber-public";
    public const string ReportPath = "/report/cyber";

    public static void AddCyberPublicLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CyberOptions>().Bind(configuration.GetSection(CyberOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(Policy, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("read");
            }

            var cyber = context.RequestServices.GetRequiredService<IOptions<CyberOptions>>().Value;
            // Counted in the database: the public form must not allow each node its own quota (ADR 0032).
            return SharedWindowLimiter.For(context, Policy, ClientOf(context, cyber), cyber.PublicPermitsPerMinute, TimeSpan.FromMinutes(1));
        }));
        services.Configure<RateLimiterOptions>(options => options.OnRejected = OnRejectedAsync);
    }

    /// <summary>
    /// The client a limit counts against: the connection's address, or, only when <see cref="CyberOptions.TrustedClientHeader"/>
    /// is configured (the load benchmark on loopback, or a reverse proxy that overwrites the header), that header's value.
    /// </summary>
    public static string ClientOf(HttpContext context, CyberOptions options) =>
        options.TrustedClientHeader.Length > 0 && context.Request.Headers[options.TrustedClientHeader].ToString() is { Length: > 0 and <= 64 } named
            ? "h:" + named
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>Lets the report form's posts carry their attachments; every other address keeps the general limit.</summary>
    public static long? BodyLimitFor(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.StartsWithSegments(ReportPath))
        {
            return null;
        }

        var options = context.RequestServices.GetRequiredService<IOptions<CyberOptions>>().Value;
        var limit = options.MaxAttachments * options.MaxAttachmentBytes + (256L << 10);

        return limit;
    }

    // A refused form post goes back to the form with a translated notice (the page itself, not an empty 429); the
    // API answers 429 with a ProblemDetails.
    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (context.Request.Path.StartsWithSegments(ReportPath))
        {
            context.Response.Redirect(context.Request.Path + "?limited=1");
            return;
        }

        // Other policies (sign-in, API) keep their plain 429.
        if (!context.Request.Path.StartsWithSegments(CyberPublicApi.Prefix))
        {
            return;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await context.Response.WriteAsJsonAsync(
            new { title = "Too many requests", status = 429, detail = "Too many requests from this address: wait a minute and try again." },
            (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
    }
}
