using FocalPoint.Application.Jobs;
using Microsoft.Extensions.Diagnostics.Enrichment;

namespace FocalPoint.Web.Hosting;

/// <summary>
/// Puts the node id on every log record (as <c>NodeId</c>), so that the logs of several nodes behind one load balancer
/// can be told apart and a job run matched with the node that ran it. Structured: it is a field, not message text.
/// </summary>
internal sealed class NodeLogEnricher(JobNode node) : IStaticLogEnricher
{
    public const string Field = "NodeId";

    public void Enrich(IEnrichmentTagCollector collector) => collector.Add(Field, node.Id);

    public static void Add(WebApplicationBuilder builder, JobNode node)
    {
        builder.Logging.EnableEnrichment();
        builder.Services.AddStaticLogEnricher(new NodeLogEnricher(node));
    }
}
