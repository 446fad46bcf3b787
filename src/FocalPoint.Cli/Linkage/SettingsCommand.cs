using FocalPoint.Application.Linkage;
using System.CommandLine;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>`focalpoint link settings check|suggest|schema`: a settings file checked against its schema, a starting one proposed from a CSV, the schema itself.</summary>
internal static class SettingsCommand
{
    public static Command Create() => new("settings", "Check a settings file, or suggest one for an input.") { Check(), Suggest(), Schema() };

    private static Command Check()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The settings JSON to check." };
        var input = new Option<FileInfo[]>("--input") { Description = "Also check that the columns named exist in these CSV files.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("check", "List every problem of a settings file: unknown keys (with the nearest known one), types, ranges, level order, unknown comparators and normalisers, missing columns.")
        {
            file, input,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            using var reader = InputFile.OpenText(path);
            var json = reader.ReadToEnd();
            var inputs = parse.GetValue(input) ?? [];
            var problems = SettingsCheck.Check(json).Select(p => (Where: path.Name, Problem: p)).ToList();
            foreach (var csv in inputs.Where(_ => problems.Count == 0))
            {
                problems.AddRange(SettingsCheck.Check(json, RecordCsv.Header(csv)).Select(p => (Where: $"{path.Name}: {csv.Name}", Problem: p)));
            }

            if (problems.Count == 0)
            {
                parse.InvocationConfiguration.Output.WriteLine($"{path.Name}: no problems.");
                return CommandLine.Ok;
            }

            throw new UserErrorException(string.Join(Environment.NewLine, problems.Select(p => $"{p.Where}: {CliText.Message(LinkageMessages.For(p.Problem))}")));
        });
        return command;
    }

    private static Command Suggest()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "CSV files (PATH or NAME=PATH): one to deduplicate, or several sources to link.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo?>("--out") { Description = "Write the settings here instead of to standard output." };
        var deduplicated = new Option<bool>("--sources-deduplicated")
        {
            Description = "Each source holds a person at most once: clusters keep at most one record per source and do not chain.",
        };
        var command = new Command("suggest", "Propose starting settings from the columns' names and contents, with a note per decision.") { inputs, output, deduplicated };
        command.SetAction(parse =>
        {
            var files = LinkInputs.Parse(parse.GetValue(inputs)!);
            var tables = files.Read();
            var suggestion = LinkOptionSet.Guard("suggest", () => SettingsSuggestion.Suggest([.. tables.Select(t => t.Records)], parse.GetValue(deduplicated)));
            var json = suggestion.Settings.ToJson();
            var error = parse.InvocationConfiguration.Error;
            foreach (var note in suggestion.Notes)
            {
                error.WriteLine(note);
            }

            if (parse.GetValue(output) is { } file)
            {
                using var writer = new StreamWriter(InputFile.Create(file));
                writer.Write(json);
            }
            else
            {
                parse.InvocationConfiguration.Output.WriteLine(json);
            }

            return CommandLine.Ok;
        });
        return command;
    }

    private static Command Schema()
    {
        var command = new Command("schema", "Print the JSON Schema settings files follow (also docs/schemas/linkage-settings.schema.json).");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine(LinkageSettings.JsonSchema);
            return CommandLine.Ok;
        });
        return command;
    }
}
