using System.Globalization;
using System.Text;
using System.Xml;

namespace FocalPoint.Application.Network.Export;

/// <summary>
/// GraphML (http://graphml.graphdrawing.org) with typed attributes: node label, type, detail, date, record id, x, y;
/// link type, date and weight (confidence). yEd, Gephi and Maltego read it; i2 reads the CSV pair instead.
/// </summary>
internal static class GraphMlWriter
{
    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"), ("type", "node", "type", "string"), ("detail", "node", "detail", "string"),
        ("date", "node", "date", "string"), ("record", "node", "record", "long"), ("x", "node", "x", "double"), ("y", "node", "y", "double"),
        ("etype", "edge", "type", "string"), ("edate", "edge", "date", "string"), ("weight", "edge", "weight", "double"),
    ];

    public static byte[] Write(ChartElements elements, IReadOnlyDictionary<string, (double X, double Y)> positions)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
            foreach (var (id, target, name, type) in Keys)
            {
                xml.WriteStartElement("key");
                xml.WriteAttributeString("id", id);
                xml.WriteAttributeString("for", target);
                xml.WriteAttributeString("attr.name", name);
                xml.WriteAttributeString("attr.type", type);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("graph");
            xml.WriteAttributeString("id", "link-chart");
            xml.WriteAttributeString("edgedefault", "undirected");
            foreach (var node in elements.Nodes)
            {
                xml.WriteStartElement("node");
                xml.WriteAttributeString("id", node.Key);
                Data(xml, "label", node.Label);
                Data(xml, "type", node.Type);
                Data(xml, "detail", node.Detail);
                Data(xml, "date", node.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Data(xml, "record", node.RecordId.ToString(CultureInfo.InvariantCulture));
                if (positions.TryGetValue(node.Key, out var at))
                {
                    Data(xml, "x", at.X.ToString("0.##", CultureInfo.InvariantCulture));
                    Data(xml, "y", at.Y.ToString("0.##", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            foreach (var edge in elements.Edges)
            {
                xml.WriteStartElement("edge");
                xml.WriteAttributeString("id", edge.Key);
                xml.WriteAttributeString("source", edge.Source);
                xml.WriteAttributeString("target", edge.Target);
                Data(xml, "etype", edge.Type);
                Data(xml, "edate", edge.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Data(xml, "weight", edge.Weight.ToString("0.###", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
