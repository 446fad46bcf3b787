using System.CommandLine;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Network;

namespace FocalPoint.Cli.Network;

/// <summary>`focalpoint graph metrics`: every per-node metric, the community and the key-player rank, as CSV or JSON.</summary>
internal static class MetricsCommand
{
    public static Command Create()
    {
        var edges = GraphCommand.EdgesArgument();
        var nodes = GraphCommand.NodesOption();
        var format = new Option<string>("--format") { Description = "csv (default) or json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };

        var command = new Command("metrics", "Degree, betweenness, closeness, eigenvector, PageRank, component, community and key-player rank per node.")
        {
            edges, nodes, format, output,
        };
        command.SetAction(parse =>
        {
            var graph = GraphInput.Load(parse.GetValue(edges)!, parse.GetValue(nodes));
            var table = MetricsTable.Compute(graph);
            var file = parse.GetValue(output);
            using var writer = file is null ? null : new StreamWriter(InputFile.Create(file));
            var target = writer ?? parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                MetricsWriter.WriteJson(target, table);
            }
            else
            {
                MetricsWriter.WriteCsv(target, table);
            }

            return CommandLine.Ok;
        });
        return command;
    }
}
