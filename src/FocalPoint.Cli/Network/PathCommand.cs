using System.CommandLine;
using System.Globalization;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Network;

namespace FocalPoint.Cli.Network;

/// <summary>`focalpoint graph path`: the shortest (or most confident) chain of links between two nodes.</summary>
internal static class PathCommand
{
    public static Command Create()
    {
        var edges = GraphCommand.EdgesArgument();
        var nodes = GraphCommand.NodesOption();
        var from = new Argument<string>("A") { Description = "Start node id." };
        var to = new Argument<string>("B") { Description = "End node id." };
        var weighted = new Option<bool>("--weighted")
        {
            Description = "Most confident path: maximises the product of link weights read as confidences (0-1), instead of fewest links.",
        };

        var command = new Command("path", "Print the path between two nodes, or \"no path\".") { edges, from, to, nodes, weighted };
        command.SetAction(parse =>
        {
            var graph = GraphInput.Load(parse.GetValue(edges)!, parse.GetValue(nodes));
            var a = GraphInput.Node(graph, parse.GetValue(from)!);
            var b = GraphInput.Node(graph, parse.GetValue(to)!);
            var isWeighted = parse.GetValue(weighted);
            var path = isWeighted ? Paths.MostConfident(graph, a, b) : Paths.Shortest(graph, a, b);
            var output = parse.InvocationConfiguration.Output;
            if (path is null)
            {
                output.WriteLine($"no path between {graph.IdOf(a)} and {graph.IdOf(b)}");
                return CommandLine.Ok;
            }

            output.WriteLine(Describe(graph, path));
            output.WriteLine(isWeighted
                ? string.Create(CultureInfo.InvariantCulture, $"{path.Length} links, confidence {path.Confidence:0.####}")
                : string.Create(CultureInfo.InvariantCulture, $"{path.Length} links"));
            return CommandLine.Ok;
        });
        return command;
    }

    // "A -[type]- X -[type]- B": the link type is what an analyst asks about ("how are they connected?").
    private static string Describe(Graph graph, GraphPath path)
    {
        var text = new System.Text.StringBuilder(graph.IdOf(path.Nodes[0]).ToString());
        for (var i = 0; i < path.Links.Count; i++)
        {
            text.Append(" -[").Append(graph.GetLink(path.Links[i]).Type).Append("]- ").Append(graph.IdOf(path.Nodes[i + 1]).ToString());
        }

        return text.ToString();
    }
}
