using FocalPoint.Cli.Infrastructure;
using FocalPoint.Network;

namespace FocalPoint.Cli.Network;

/// <summary>Loads an edge list (and node list) into a graph; malformed lines become user errors with their line.</summary>
internal static class GraphInput
{
    public static Graph Load(FileInfo edges, FileInfo? nodes)
    {
        using var edgeReader = InputFile.OpenText(edges);
        using var nodeReader = nodes is null ? null : InputFile.OpenText(nodes);
        try
        {
            return new EdgeListParser().Parse(edgeReader, nodeReader);
        }
        catch (EdgeListFormatException e)
        {
            var file = e.File == "nodes" && nodes is not null ? nodes.Name : edges.Name;
            throw new UserErrorException($"{file} line {e.LineNumber}: {e.Problem}");
        }
    }

    /// <summary>The node an id on the command line names, read as the edge list reads ids ("7" is the number 7).</summary>
    public static int Node(Graph graph, string id)
    {
        try
        {
            return graph.IndexOf(NodeId.FromToken(id.AsSpan().Trim()));
        }
        catch (UnknownNodeException e)
        {
            throw new UserErrorException(e.Message);
        }
    }
}
