using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FocalPoint.Application.Demo;
using FocalPoint.Application.Demo.Loading;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Setup;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Cli.Demo;

/// <summary>`focalpoint demo`: fills an empty database with the deterministic demo data set, at any scale.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var database = new DatabaseArguments();
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed and scale give the same data.", DefaultValueFactory = _ => 20181 };
        var scale = new Option<double>("--scale") { Description = "1 gives ~10,000 incidents (2018-2024); 100 gives ~1,000,000.", DefaultValueFactory = _ => 1.0 };
        var truth = new Option<FileInfo?>("--truth") { Description = "Also write the ground truth (which person and firearm records are the same) to this CSV file." };
        scale.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is <= 0 or > 1000)
            {
                result.AddError("--scale must be above 0 and at most 1000.");
            }
        });

        var command = new Command("demo", "Generate demo data into an empty database.") { seed, scale, truth };
        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = database.CreateContext(parse, "demo");
            await new DatabaseInitializer(db).MigrateAsync(cancellationToken);
            var existing = await db.Incidents.LongCountAsync(cancellationToken);
            if (existing > 0)
            {
                throw new UserErrorException($"The database already holds {existing:N0} incidents; demo data goes into an empty database only.");
            }

            var clock = Stopwatch.StartNew();
            var generator = new DemoGenerator(ReferenceDataCatalog.Load(), new DemoOptions(parse.GetValue(seed), parse.GetValue(scale)));
            await using var truthWriter = TruthWriter.Open(parse.GetValue(truth));
            var progress = new Progress<DemoLoadProgress>(p => Console.Error.Write(
                string.Create(CultureInfo.InvariantCulture, $"\r{p.Incidents:N0} incidents, {p.Rows:N0} rows, {p.Rows / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0} rows/s   ")));
            var loaded = await new DemoDataLoader(db).LoadAsync(generator, progress, truthWriter is null ? null : truthWriter.Write, cancellationToken);
            Console.Error.WriteLine();
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Loaded {loaded.Incidents:N0} incidents ({loaded.Rows:N0} rows) in {clock.Elapsed.TotalSeconds:N1} s."));
            return CommandLine.Ok;
        });
        return command;
    }
}
