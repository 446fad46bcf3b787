using System.Globalization;

namespace FocalPoint.Network;

/// <summary>
/// Reads any edge list (CSV, TSV, semicolon or blank separated, with or without a header) and an
/// optional node list into a <see cref="Graph"/>. Edge header names: source/from, target/to, and
/// optionally type, date, weight/confidence. Without a header the columns are source, target, weight.
/// Node header names: id, type. Every problem is an <see cref="EdgeListFormatException"/> with its line.
/// </summary>
public sealed class EdgeListParser
{
    private readonly bool directed;

    /// <summary>Creates a parser; links are undirected unless <paramref name="directed"/> is true.</summary>
    public EdgeListParser(bool directed = false) => this.directed = directed;

    /// <summary>Parses the edges, and the nodes when given (then every edge end must be a listed node).</summary>
    /// <exception cref="EdgeListFormatException">A missing column, unknown node, bad weight or bad date.</exception>
    public Graph Parse(TextReader edges, TextReader? nodes = null)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var builder = new GraphBuilder(directed);
        if (nodes is not null)
        {
            ReadNodes(nodes, builder);
        }
        ReadEdges(edges, builder, nodes is not null);
        return builder.Build();
    }

    private static void ReadNodes(TextReader reader, GraphBuilder builder)
    {
        var table = new CsvTable(reader, "nodes");
        var layout = table.Layout(
            ["id", "node", "node_id", "name"], null, ["type", "node_type", "kind"], null, null, ["id"]);
        while (table.Next())
        {
            var id = NodeId.FromToken(table.Required(layout.Source, "id"));
            var type = layout.Type >= 0 ? table.Optional(layout.Type) : default;
            try
            {
                builder.AddNode(id, type.IsEmpty ? GraphBuilder.DefaultNodeType : type.ToString());
            }
            catch (ArgumentException e)
            {
                throw table.Error(e.Message);
            }
        }
    }

    private static void ReadEdges(TextReader reader, GraphBuilder builder, bool nodesListed)
    {
        var table = new CsvTable(reader, "edges");
        var layout = table.Layout(
            ["source", "from", "src", "source_id", "node1"], ["target", "to", "dst", "target_id", "node2"],
            ["type", "link_type", "relation"], ["date", "when", "timestamp"], ["weight", "confidence"],
            ["source", "target"]);
        var defaultType = builder.LinkTypeCode(GraphBuilder.DefaultLinkType);
        (string Name, int Code) lastType = (GraphBuilder.DefaultLinkType, defaultType);
        while (table.Next())
        {
            var s = Resolve(table, builder, nodesListed, table.Required(layout.Source, "source"));
            var t = Resolve(table, builder, nodesListed, table.Required(layout.Target, "target"));
            var type = layout.Type >= 0 ? table.Optional(layout.Type) : default;
            var code = defaultType;
            if (!type.IsEmpty)
            {
                // Edge lists repeat a handful of types; remembering the last one skips most lookups.
                if (!type.SequenceEqual(lastType.Name))
                {
                    var name = type.ToString();
                    lastType = (name, builder.LinkTypeCode(name));
                }
                code = lastType.Code;
            }
            var weight = layout.Weight >= 0 ? ParseWeight(table, table.Optional(layout.Weight)) : 1.0;
            var date = layout.Date >= 0 ? ParseDate(table, table.Optional(layout.Date)) : null;
            builder.AddParsedLink(s, t, code, date?.Ticks ?? Graph.Undated, weight);
        }
    }

    private static int Resolve(CsvTable table, GraphBuilder builder, bool nodesListed, ReadOnlySpan<char> token)
    {
        var id = NodeId.FromToken(token);
        var before = builder.NodeCount;
        var node = builder.AddNodeIfAbsent(id);
        if (nodesListed && builder.NodeCount != before)
        {
            throw table.Error($"unknown node '{id}': it is not in the node list");
        }
        return node;
    }

    private static double ParseWeight(CsvTable table, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 1.0;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || double.IsNaN(w) || double.IsInfinity(w))
        {
            throw table.Error($"weight '{text}' is not a number");
        }
        return w >= 0 ? w : throw table.Error($"weight {text} is negative; weights must be at least 0");
    }

    private static DateTime? ParseDate(CsvTable table, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? DateTime.SpecifyKind(d, DateTimeKind.Utc)
            : throw table.Error($"date '{text}' is not a date (use ISO 8601, e.g. 2024-03-31)");
    }
}
