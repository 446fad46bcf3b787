using System.CommandLine;
using System.Diagnostics;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>`focalpoint link`: deduplicates one CSV file or links several, as a settings file says; its subcommands check and suggest settings, show the model, explain a pair and evaluate.</summary>
public static class LinkCommand
{
    public static Command Create()
    {
        var shared = new LinkOptionSet();
        var pairs = new Option<FileInfo?>("--out-pairs")
        {
            Description = "Write the scored pairs (left_id,right_id,match_weight,probability,log2_bayes_factor; with sources also left_source,right_source) to this CSV, in full precision.",
        };
        var clusters = new Option<FileInfo?>("--out-clusters") { Description = "Write the clusters (record_id,cluster_id; with sources also source) to this CSV." };
        var minProbability = new Option<double?>("--min-probability")
        {
            Description = "Write pairs at or above this probability to --out-pairs (default: the settings' reviewThreshold; 0 writes every compared pair).",
        };
        var outModel = new Option<FileInfo?>("--out-model") { Description = "Write the model the run used (m and u per level) as JSON, for --model later." };

        var command = new Command("link",
            "Find the records that name the same person or thing, in one file or across several: focalpoint link --settings FILE INPUT... "
            + "where each INPUT is a CSV file, PATH or NAME=PATH (one file is deduplicated; several are linked as sources, ids unique within each).")
        {
            pairs, clusters, minProbability, outModel,
            EvaluateCommand.Create(), SettingsCommand.Create(), ModelCommand.Create(), ExplainCommand.Create(),
        };
        shared.AddTo(command, hidden: true);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var (settings, inputs) = shared.Load(parse);
            var floor = parse.GetValue(minProbability);
            if (floor is < 0 or > 1) throw new UserErrorException($"--min-probability must lie between 0 and 1 (was {floor}).");
            var tables = inputs.Read();
            var options = shared.Options(parse, inputs, floor);
            var result = LinkOptionSet.Guard("linkage", () => inputs.Run(new Linker(settings), tables, options));
            if (parse.GetValue(pairs) is { } pairsFile)
            {
                LinkageCsv.WritePairs(pairsFile, result.Pairs, inputs.Named);
            }

            if (parse.GetValue(clusters) is { } clustersFile)
            {
                LinkageCsv.WriteClusters(clustersFile, result.Clusters, inputs.Named);
            }

            if (parse.GetValue(outModel) is { } modelFile)
            {
                using var writer = new StreamWriter(InputFile.Create(modelFile));
                writer.Write(result.Model.ToJson());
            }

            LinkSummary.Print(parse.InvocationConfiguration.Output, result, settings, clock.Elapsed);
            return CommandLine.Ok;
        });
        return command;
    }
}
