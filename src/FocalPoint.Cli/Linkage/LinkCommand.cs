using System.CommandLine;
using System.Diagnostics;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>`focalpoint link`: deduplicates one CSV file or links two, as a settings file says.</summary>
public static class LinkCommand
{
    public static Command Create()
    {
        var settings = new Option<FileInfo>("--settings")
        {
            Description = "JSON settings: id column, comparisons, blocking rules, thresholds (see docs/examples/persons-linkage.json).",
            Required = true,
        };
        var inputs = new Argument<FileInfo[]>("INPUT")
        {
            Description = "One CSV file to deduplicate, or two to link (only pairs across the files are compared).",
            Arity = new ArgumentArity(1, 2),
        };
        var pairs = new Option<FileInfo?>("--out-pairs") { Description = "Write the scored pairs (left_id,right_id,match_weight,probability) to this CSV." };
        var clusters = new Option<FileInfo?>("--out-clusters") { Description = "Write the clusters (record_id,cluster_id) to this CSV." };

        var command = new Command("link", "Find the records that name the same person or thing, in one file or across two.")
        {
            settings, inputs, pairs, clusters, EvaluateCommand.Create(),
        };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var files = parse.GetValue(inputs)!;
            var options = LoadSettings(parse.GetValue(settings)!, files);
            var linker = new Linker(options);
            var tables = files.Select(RecordCsv.Read).ToArray();
            var result = Run(linker, tables);
            if (parse.GetValue(pairs) is { } pairsFile)
            {
                LinkageCsv.WritePairs(pairsFile, result.Pairs);
            }

            if (parse.GetValue(clusters) is { } clustersFile)
            {
                LinkageCsv.WriteClusters(clustersFile, result.Clusters);
            }

            LinkSummary.Print(parse.InvocationConfiguration.Output, result, options, clock.Elapsed);
            return CommandLine.Ok;
        });
        return command;
    }

    // Checked against every input's header before any record is read, so a typo fails at once on a large file.
    private static LinkageSettings LoadSettings(FileInfo file, FileInfo[] inputs)
    {
        using var reader = InputFile.OpenText(file);
        try
        {
            var settings = LinkageSettings.FromJson(reader.ReadToEnd());
            foreach (var input in inputs)
            {
                Guard(input.Name, () => settings.Validate(RecordCsv.Header(input)));
            }

            return settings;
        }
        catch (LinkageException e)
        {
            throw new UserErrorException($"{file.Name}: {e.Message}");
        }
    }

    private static LinkageResult Run(Linker linker, RecordTable[] tables)
    {
        LinkageResult result = null!;
        Guard("linkage", () => result = tables.Length == 1 ? linker.Deduplicate(tables[0]) : linker.Link(tables[0], tables[1]));
        return result;
    }

    private static void Guard(string where, Action work)
    {
        try
        {
            work();
        }
        catch (LinkageException e)
        {
            throw new UserErrorException($"{where}: {e.Message}");
        }
    }
}
