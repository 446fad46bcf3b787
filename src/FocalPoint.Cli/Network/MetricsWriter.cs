using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace FocalPoint.Cli.Network;

/// <summary>Writes a <see cref="MetricsTable"/> as CSV (one row per node) or JSON (graph figures and a node array).</summary>
internal static class MetricsWriter
{
    private static readonly string[] Header =
    [
        "id", "type", "degree", "betweenness", "closeness", "eigenvector", "pagerank", "component", "community",
        "key_player_rank", "key_player_score", "key_player_reasons",
    ];

    public static void WriteCsv(TextWriter target, MetricsTable table)
    {
        using var csv = CsvWriter.Create(target, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(Header);
        var (g, m) = (table.Graph, table.Metrics);
        for (var v = 0; v < g.NodeCount; v++)
        {
            var player = table.KeyPlayerOf[v]!;
            csv.WriteField(g.IdOf(v).ToString());
            csv.WriteField(g.NodeTypeOf(v));
            csv.WriteField(m.Degree[v], "");
            csv.WriteField(m.Betweenness[v], "R");
            csv.WriteField(m.Closeness[v], "R");
            csv.WriteField(m.Eigenvector[v], "R");
            csv.WriteField(m.PageRank[v], "R");
            csv.WriteField(m.Component[v], "");
            csv.WriteField(m.Community[v], "");
            csv.WriteField(player.Rank, "");
            csv.WriteField(player.Score, "0.####");
            csv.WriteField(string.Join("; ", player.Reasons));
            csv.EndRecord();
        }
    }

    public static void WriteJson(TextWriter target, MetricsTable table)
    {
        var (g, m) = (table.Graph, table.Metrics);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("nodes", g.NodeCount);
            json.WriteNumber("links", g.LinkCount);
            json.WriteNumber("modularity", m.Modularity);
            json.WriteNumber("betweennessErrorBound", m.BetweennessErrorBound);
            json.WriteStartArray("metrics");
            for (var v = 0; v < g.NodeCount; v++)
            {
                var player = table.KeyPlayerOf[v]!;
                json.WriteStartObject();
                json.WriteString("id", g.IdOf(v).ToString());
                json.WriteString("type", g.NodeTypeOf(v));
                json.WriteNumber("degree", m.Degree[v]);
                json.WriteNumber("betweenness", m.Betweenness[v]);
                json.WriteNumber("closeness", m.Closeness[v]);
                json.WriteNumber("eigenvector", m.Eigenvector[v]);
                json.WriteNumber("pagerank", m.PageRank[v]);
                json.WriteNumber("component", m.Component[v]);
                json.WriteNumber("community", m.Community[v]);
                json.WriteNumber("keyPlayerRank", player.Rank);
                json.WriteNumber("keyPlayerScore", Math.Round(player.Score, 4));
                json.WriteStartArray("keyPlayerReasons");
                foreach (var reason in player.Reasons)
                {
                    json.WriteStringValue(reason.ToString());
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        target.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        target.WriteLine();
    }
}
