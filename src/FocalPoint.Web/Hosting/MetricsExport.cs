using FocalPoint.Application.Jobs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace FocalPoint.Web.Hosting;

/// <summary>
/// OpenTelemetry metrics, exported over OTLP only when <c>OpenTelemetry:OtlpEndpoint</c> is set (the deployment has no
/// internet: the collector is the operator's own): request latency (ASP.NET Core's <c>http.server.request.duration</c>)
/// and job runs (<see cref="JobMetrics"/>), each from a resource naming the node.
/// </summary>
internal static class MetricsExport
{
    public const string EndpointSetting = "OpenTelemetry:OtlpEndpoint";

    public static void AddMetricsExport(this WebApplicationBuilder builder, JobNode node)
    {
        var endpoint = builder.Configuration[EndpointSetting];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"{EndpointSetting} must be an absolute address such as http://collector:4317.");
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("focalpoint", serviceInstanceId: node.Id))
            .WithMetrics(metrics => metrics
                .AddMeter("Microsoft.AspNetCore.Hosting", JobMetrics.MeterName)
                .AddOtlpExporter(otlp => otlp.Endpoint = uri));
    }
}
