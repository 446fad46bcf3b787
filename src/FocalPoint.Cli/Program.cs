using System.CommandLine;
using FocalPoint.Cli.Audit;
using FocalPoint.Cli.Demo;
using FocalPoint.Cli.Import;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Cli.Linkage;
using FocalPoint.Cli.Network;
using FocalPoint.Cli.Reports;
using FocalPoint.Cli.Risk;
using FocalPoint.Cli.Sharing;

// The `focalpoint` command line: each capability adds its verb here.
var root = new RootCommand("FocalPoint: the Firearms Focal Point's intelligence platform, from the command line.")
{
    DemoCommand.Create(),
    ImportCommand.Create(),
    ExportCommand.Create(),
    ProfileCommand.Create(),
    LinkCommand.Create(),
    ResolveCommand.Create(),
    GraphCommand.Create(),
    ScreenCommand.Create(),
    AuditCommand.Create(),
    ReportCommand.Create(),
    ShareCommand.Create(),
};
return await CommandLine.RunAsync(root, args);
