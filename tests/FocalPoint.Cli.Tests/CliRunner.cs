using System.CommandLine;
using FocalPoint.Cli.Audit;
using FocalPoint.Cli.Demo;
using FocalPoint.Cli.Import;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Cli.Linkage;
using FocalPoint.Cli.Network;
using FocalPoint.Cli.Reports;
using FocalPoint.Cli.Risk;

namespace FocalPoint.Cli.Tests;

/// <summary>Runs the command line in process, as Program.cs does, capturing stdout and stderr.</summary>
internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var root = new RootCommand("test") { DemoCommand.Create(), ImportCommand.Create(), ExportCommand.Create(), ProfileCommand.Create(), LinkCommand.Create(), ResolveCommand.Create(), GraphCommand.Create(), ScreenCommand.Create(), AuditCommand.Create(), ReportCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(root, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary folder for input and output files, deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("fp-cli-");

    public string Write(string name, string content)
    {
        var path = Path(name);
        File.WriteAllText(path, content);
        return path;
    }

    public string Path(string name) => System.IO.Path.Combine(dir.FullName, name);

    public void Dispose() => dir.Delete(recursive: true);
}
