using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;

namespace FocalPoint.Application.Demo;

/// <summary>Writes the links one incident reveals, dated on the incident's local date with an officer's confidence.</summary>
internal sealed class LinkWriter(DemoContext ctx, Incident incident)
{
    public void Add(EntityKind fromKind, long fromId, EntityKind toKind, long toId, LinkType type)
    {
        var link = new EntityLink
        {
            FromKind = fromKind,
            FromId = fromId,
            ToKind = toKind,
            ToId = toId,
            Type = type,
            SourceIncidentId = incident.Id,
            ValidFrom = incident.OccurredOn,
            Confidence = 0.5 + 0.05 * ctx.Random.Next(11),
        };
        ctx.Batch.Links.Add(ctx.Stamp(link, ++ctx.Ids.Link, incident.OccurredAtUtc));
    }
}
