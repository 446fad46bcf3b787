using System.Globalization;
using System.Text;
using FocalPoint.Application.Demo;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Domain.Links;

namespace FocalPoint.Bench.Network;

/// <summary>
/// The registry's link graph as the demo generator fills it: persons, firearms, vehicles, phones, organisations,
/// locations and incidents as nodes; incident participation, firearms seized in an incident and the explicit
/// entity links as links. Written as a numbered edge list (vertex i = i-th node seen) so igraph reads the same graph.
/// </summary>
internal static class DemoGraph
{
    public static (int Nodes, long Links, double Scale) Write(string path, long links)
    {
        var reference = ReferenceDataCatalog.Load();
        // Scale 1 yields about 25,000 links (measured); the margin makes one pass enough, a shortfall retries larger.
        for (var scale = Math.Max(0.5, links / 20_000.0); ; scale *= 1.5)
        {
            var ids = new Dictionary<(EntityKind, long), int>();
            long written = 0;
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
            {
                void Link(EntityKind a, long x, EntityKind b, long y)
                {
                    writer.Write(Node(ids, a, x).ToString(CultureInfo.InvariantCulture));
                    writer.Write(' ');
                    writer.WriteLine(Node(ids, b, y).ToString(CultureInfo.InvariantCulture));
                    written++;
                }

                foreach (var batch in new DemoGenerator(reference, new DemoOptions(Seed: 20181, Scale: scale)).Generate())
                {
                    foreach (var p in batch.IncidentPersons)
                    {
                        Link(EntityKind.Person, p.PersonId, EntityKind.Incident, p.IncidentId);
                    }

                    foreach (var f in batch.Firearms)
                    {
                        Link(EntityKind.Firearm, f.Id, EntityKind.Incident, f.IncidentId);
                    }

                    foreach (var l in batch.Links)
                    {
                        Link(l.FromKind, l.FromId, l.ToKind, l.ToId);
                    }

                    if (written >= links)
                    {
                        return (ids.Count, written, scale);
                    }
                }
            }
        }
    }

    private static int Node(Dictionary<(EntityKind, long), int> ids, EntityKind kind, long id)
    {
        if (!ids.TryGetValue((kind, id), out var node))
        {
            node = ids.Count;
            ids.Add((kind, id), node);
        }

        return node;
    }
}
