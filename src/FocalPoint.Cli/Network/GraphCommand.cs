using System.CommandLine;

namespace FocalPoint.Cli.Network;

/// <summary>`focalpoint graph`: link analysis on any edge list.</summary>
public static class GraphCommand
{
    public static Command Create() =>
        new("graph", "Link analysis on an edge list (CSV, TSV or blank separated; header source,target[,type,date,weight]).")
        {
            MetricsCommand.Create(),
            PathCommand.Create(),
        };

    /// <summary>The edge-list argument both verbs take.</summary>
    internal static Argument<FileInfo> EdgesArgument() => new("EDGES")
    {
        Description = "Edge list: source,target and optionally type, date, weight (confidence 0-1).",
    };

    internal static Option<FileInfo?> NodesOption() => new("--nodes")
    {
        Description = "Node list: id[,type]. With it, every edge end must be a listed node and isolated nodes are kept.",
    };
}
