using System.CommandLine;

namespace FocalPoint.Cli.Import;

/// <summary>What a commit reports beyond its summary: the whole error report, and how much quarantine still counts as success.</summary>
internal sealed record CommitOptions(FileInfo? ErrorsFile, double MaxQuarantinedPercent);

/// <summary>`--errors FILE.csv` and `--max-quarantined PERCENT`, on `import` and `import resume`.</summary>
internal sealed class CommitOptionSet
{
    private readonly Option<FileInfo?> errors = new("--errors") { Description = "Write every problem (row as the spreadsheet numbers it, column, problem, fix, the row's values) to this CSV file." };
    private readonly Option<double> maxQuarantined = new("--max-quarantined")
    {
        Description = "Exit with code 3 when more than this percentage of the rows went to the quarantine (default 50: mostly).", DefaultValueFactory = _ => 50,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(errors);
        command.Options.Add(maxQuarantined);
    }

    public CommitOptions Read(ParseResult parse) => new(parse.GetValue(errors), parse.GetValue(maxQuarantined));
}
