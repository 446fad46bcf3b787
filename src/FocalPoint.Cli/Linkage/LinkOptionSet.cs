using System.CommandLine;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>The options every command that runs the engine shares: settings, inputs, labels and a stored model.</summary>
internal sealed class LinkOptionSet
{
    public Option<FileInfo> Settings { get; } = new("--settings")
    {
        Description = "JSON settings: id column, comparisons, blocking rules, thresholds (see docs/examples/persons-linkage.json; schema: docs/schemas/linkage-settings.schema.json).",
    };

    public Argument<string[]> Inputs { get; } = new("INPUT")
    {
        Description = "CSV files: one to deduplicate, or several sources to link, each PATH or NAME=PATH (ids need be unique only within a file).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<FileInfo?> Labels { get; } = new("--labels")
    {
        Description = "Labelled pairs CSV (left_id,right_id,is_match; with sources also left_source,right_source): matches train m, and decide their pairs.",
    };

    public Option<FileInfo?> Model { get; } = new("--model") { Description = "Score with this model (JSON from `link model --out` or --out-model) instead of training." };

    /// <param name="hidden">Hide INPUT from help: on `link` itself, whose subcommands would otherwise show it in their usage.</param>
    public void AddTo(Command command, bool hidden = false)
    {
        Inputs.Hidden = hidden;
        // A string argument would swallow a misspelt option ("--fast") as a file name: refuse it as the parser would.
        Inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized command or argument '{token.Value}'.");
            }
        });
        command.Options.Add(Settings);
        command.Arguments.Add(Inputs);
        command.Options.Add(Labels);
        command.Options.Add(Model);
    }

    /// <summary>Reads and checks settings against the inputs' headers before any record is read.</summary>
    public (LinkageSettings Settings, LinkInputs Inputs) Load(ParseResult parse)
    {
        var file = parse.GetValue(Settings) ?? throw new UserErrorException("--settings is required: a JSON settings file (start one with `focalpoint link settings suggest INPUT.csv`).");
        var inputs = LinkInputs.Parse(parse.GetValue(Inputs) ?? []);
        using var reader = InputFile.OpenText(file);
        var json = reader.ReadToEnd();
        LinkageSettings settings;
        try
        {
            settings = LinkageSettings.FromJson(json);
        }
        catch (LinkageException e)
        {
            throw new UserErrorException($"{file.Name}: {CliText.Message(e)}");
        }
        foreach (var (_, input) in inputs.Files) Guard(input.Name, () => settings.Validate(RecordCsv.Header(input)));
        return (settings, inputs);
    }

    public LinkOptions Options(ParseResult parse, LinkInputs inputs, double? minProbability = null)
    {
        var labels = parse.GetValue(Labels) is { } l ? LabelsCsv.Read(l, inputs.Named) : [];
        LinkageModel? model = null;
        if (parse.GetValue(Model) is { } m)
        {
            using var reader = InputFile.OpenText(m);
            model = Guard(m.Name, () => LinkageModel.FromJson(reader.ReadToEnd()));
        }
        return new LinkOptions { Labels = labels, Model = model, MinPairProbability = minProbability };
    }

    public static T Guard<T>(string where, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (LinkageException e)
        {
            throw new UserErrorException($"{where}: {CliText.Message(e)}");
        }
    }

    public static void Guard(string where, Action work) => Guard(where, () => { work(); return 0; });
}
