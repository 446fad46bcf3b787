using System.CommandLine;
using System.Globalization;
using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Exporting;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Cli.Infrastructure;

namespace FocalPoint.Cli.Import;

/// <summary>`focalpoint export FILE.csv`: every field of the registry's incidents, in the importer's own columns, re-importable as is.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var database = new DatabaseArguments();
        var file = new Argument<FileInfo>("FILE") { Description = "The CSV file to write (overwritten)." };
        var from = new Option<DateOnly?>("--from") { Description = "First local date (yyyy-MM-dd)." };
        var to = new Option<DateOnly?>("--to") { Description = "Last local date (yyyy-MM-dd)." };
        var purpose = new Option<string?>("--persons-purpose") { Description = "Include the persons of each incident, for this purpose (audited)." };
        var user = new Option<string>("--user") { Description = "Who exports, for the audit log.", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("export", "Export incidents with every field the importer reads (times in UTC, handling code and TLP kept): `import` reads the file back to the same records.")
        {
            file, from, to, purpose, user,
        };
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.CreateAsync(parse, database, parse.GetValue(user)!, ct);
            var request = new RecordExportRequest(new IncidentFilter { From = parse.GetValue(from), To = parse.GetValue(to) }, parse.GetValue(purpose));
            ImportResult<int> result;
            await using (var output = InputFile.Create(parse.GetValue(file)!))
            {
                result = await services.RunAsync<ExportRecords, ImportResult<int>>(h => h.WriteCsvAsync(request, output, ct));
            }

            if (!result.Succeeded)
            {
                throw new UserErrorException(CliText.Problem(result.Problem!));
            }

            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exported {result.Value:N0} incidents to {parse.GetValue(file)!.FullName}."));
            return CommandLine.Ok;
        });
        return command;
    }
}
