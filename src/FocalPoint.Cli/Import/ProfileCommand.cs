using System.CommandLine;
using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Cli.Infrastructure;

namespace FocalPoint.Cli.Import;

/// <summary>`focalpoint profile show NAME` and `profile edit NAME --map/--set/--ignore`: a source's saved mapping.</summary>
public static class ProfileCommand
{
    public static Command Create() => new("profile", "Show or change a source's saved import mapping.")
    {
        Verb("show", "Print the mapping: each field's column, values for every row, ignored columns.", null),
        Verb("edit", "Change the mapping with --map Field=Column, --set Field=Value, --ignore Column, and save it.", new MappingOptions()),
    };

    private static Command Verb(string name, string description, MappingOptions? edits)
    {
        var database = new DatabaseArguments();
        var profile = new Argument<string>("NAME") { Description = "The source (profile) name." };
        var user = new Option<string>("--user") { DefaultValueFactory = _ => Environment.UserName };
        var command = new Command(name, description) { profile, user };
        database.AddTo(command);
        edits?.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.CreateAsync(parse, database, parse.GetValue(user)!, ct);
            var edit = edits?.Read(parse);
            if (edits is not null && edit is null)
            {
                throw new UserErrorException("Give at least one --map, --set, --ignore, --accept-close-matches or --date-order.");
            }

            var result = edit is null
                ? await services.RunAsync<ImportProfiles, ImportResult<ImportMapping>>(h => h.ShowAsync(parse.GetValue(profile)!, ct))
                : await services.RunAsync<ImportProfiles, ImportResult<ImportMapping>>(h => h.EditAsync(parse.GetValue(profile)!, edit, ct));
            if (!result.Succeeded)
            {
                throw new UserErrorException(CliText.Problem(result.Problem!));
            }

            parse.InvocationConfiguration.Output.WriteLine($"Profile {parse.GetValue(profile)}:");
            foreach (var line in MappingOptions.Describe(result.Value!))
            {
                parse.InvocationConfiguration.Output.WriteLine(line);
            }

            return CommandLine.Ok;
        });
        return command;
    }
}
