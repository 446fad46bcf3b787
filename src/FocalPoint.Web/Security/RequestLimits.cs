using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FocalPoint.Web.Security;

/// <summary>Rate limits and body-size limits; the numbers come from the "Security" section.</summary>
internal sealed class SecurityLimitOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Sign-in attempts per client address per minute, counted across all nodes in the database (ADR 0032); the lockout
    /// per account, also in the database, sits behind this.
    /// </summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>API calls per user per minute, per node: a cheap guard against a runaway client, not a shared quota (ADR 0032).</summary>
    public int ApiPermitsPerMinute { get; set; } = 600;

    /// <summary>Largest request body accepted, in bytes, unless an endpoint says otherwise (uploads do).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;
}

internal static class RequestLimits
{
    public const string SignInPolicy = "sign-in";
    public const string ApiPolicy = "api";

    public static void AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(SecurityLimitOptions.Section).Get<SecurityLimitOptions>() ?? new SecurityLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per node, a guesser spread over N nodes by the load balancer would get N times the attempts.
            options.AddPolicy(SignInPolicy, context => SharedWindowLimiter.For(
                context, SignInPolicy, context.Connection.RemoteIpAddress?.ToString() ?? "local", limits.SignInPermitsPerMinute, TimeSpan.FromMinutes(1)));
            options.AddPolicy(ApiPolicy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.ApiPermitsPerMinute,
                    TokensPerPeriod = limits.ApiPermitsPerMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                }));
        });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        services.AddSingleton(limits);
        services.AddSingleton<SharedRateCounter>();
    }

    /// <summary>
    /// Refuses a declared body above the limit before anything reads it (Kestrel enforces the same limit on
    /// streamed bodies); the answer is a ProblemDetails, not a dropped connection.
    /// </summary>
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limits = context.RequestServices.GetRequiredService<SecurityLimitOptions>();
        // Addresses that take larger bodies (report attachments, packages, crossing batches) say so; the server's own
        // limit is raised to theirs here, once, so that a streamed body is cut at the same place.
        var routeLimit = FocalPoint.Web.Cyber.CyberPublicLimits.BodyLimitFor(context) ?? FocalPoint.Web.Sharing.SharingApi.BodyLimitFor(context)
            ?? FocalPoint.Web.Risk.CrossingsApi.BodyLimitFor(context);
        if (routeLimit is { } raised && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = raised;
        }

        var limit = routeLimit ?? limits.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.Response.WriteAsJsonAsync(
                new { title = "Request too large", status = 413, detail = $"The body may be at most {limit:N0} bytes." },
                (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
            return;
        }

        await next();
    });
}
