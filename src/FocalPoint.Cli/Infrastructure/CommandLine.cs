using System.CommandLine;

namespace FocalPoint.Cli.Infrastructure;

/// <summary>Exit codes as DESIGN.md promises them: 0 success, 1 a user error (message on stderr), 2 a bad command line; 3 an import mostly quarantined.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int UserError = 1;
    public const int BadCommandLine = 2;

    /// <summary>An import committed, but more of its rows went to the quarantine than --max-quarantined allows.</summary>
    public const int MostlyQuarantined = 3;

    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var language = new Option<string?>("--language")
        {
            Description = "Language of messages: en, sq or sr (default: FOCALPOINT_LANGUAGE, then the locale, then en).",
            Recursive = true,
        };
        language.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !CliText.IsKnown(value))
            {
                result.AddError($"--language: '{value}' is not one of en, sq, sr.");
            }
        });
        root.Options.Add(language);
        var parse = root.Parse(args);
        CliText.Use(parse.Errors.Count == 0 ? parse.GetValue(language) : null);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                (error ?? Console.Error).WriteLine(problem.Message);
            }

            (error ?? Console.Error).WriteLine("Run with --help for usage.");
            return BadCommandLine;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = output ?? Console.Out, Error = error ?? Console.Error, EnableDefaultExceptionHandler = false,
            });
        }
        catch (UserErrorException problem)
        {
            (error ?? Console.Error).WriteLine(problem.Message);
            return UserError;
        }
    }
}

/// <summary>A failure the user can fix (a missing file, a non-empty database); printed without a stack trace.</summary>
public sealed class UserErrorException(string message) : Exception(message);
