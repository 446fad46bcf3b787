using System.CommandLine;
using FocalPoint.Application.Common;
using FocalPoint.Application.Reports.Pdf;
using FocalPoint.Application.Reports.Products;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Products;

namespace FocalPoint.Cli.Reports;

/// <summary>
/// `focalpoint report bulletin|roadmap --period P --lang sq|sr|en --out FILE.pdf`: the product as the web page renders
/// it, through the same use cases and the one PDF renderer; with --publish it becomes the next stored edition.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var database = new DatabaseArguments();
        var kind = new Argument<string>("PRODUCT") { Description = "bulletin (a month 2024-03 or a quarter 2024-Q1) or roadmap (a year 2024)." };
        kind.AcceptOnlyFromAmong("bulletin", "roadmap");
        var period = new Option<string>("--period") { Description = "The whole past period: 2024-03, 2024-Q1 or 2024.", Required = true };
        var language = new Option<string>("--lang") { Description = "Language of the product: en, sq or sr.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "sq", "sr");
        var output = new Option<FileInfo>("--out") { Description = "The PDF file to write (overwritten).", Required = true };
        var annex = new Option<FileInfo?>("--xlsx") { Description = "Also write the XLSX annex of every figure here." };
        var tlp = new Option<Tlp>("--tlp") { Description = "TLP marking.", DefaultValueFactory = _ => Tlp.Amber };
        var handling = new Option<HandlingCode>("--handling") { Description = "Handling code.", DefaultValueFactory = _ => HandlingCode.H1 };
        var commentary = new Option<string>("--commentary") { Description = "The analyst's commentary.", DefaultValueFactory = _ => "" };
        var publish = new Option<bool>("--publish") { Description = "Store the product as its next published edition (audited) instead of a draft." };
        var user = new Option<string>("--user") { Description = "Who reports, for the audit log.", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("report", "Render the FFP bulletin or the annual Roadmap KPI report to PDF (and its XLSX annex) from the registry.")
        {
            kind, period, language, output, annex, tlp, handling, commentary, publish, user,
        };
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var request = new ProductRequest(
                Enum.Parse<ProductKind>(parse.GetValue(kind)!, ignoreCase: true), parse.GetValue(period)!, Enum.Parse<ProductLanguage>(parse.GetValue(language)!, ignoreCase: true),
                parse.GetValue(handling), parse.GetValue(tlp), parse.GetValue(commentary)!);
            await using var services = await CliServices.CreateAsync(parse, database, parse.GetValue(user)!, ct);
            var (pdf, xlsx, edition) = parse.GetValue(publish) ? await PublishAsync(services, request, ct) : await DraftAsync(services, request, ct);
            await File.WriteAllBytesAsync(parse.GetValue(output)!.FullName, pdf, ct);
            if (parse.GetValue(annex) is { } xlsxFile)
            {
                await File.WriteAllBytesAsync(xlsxFile.FullName, xlsx, ct);
            }

            parse.InvocationConfiguration.Output.WriteLine($"{request.Kind} {request.Period} ({request.Language}), edition {edition}{(parse.GetValue(publish) ? " published" : " (draft)")}: {parse.GetValue(output)!.FullName}");
            return CommandLine.Ok;
        });
        return command;
    }

    private static async Task<(byte[] Pdf, byte[] Xlsx, int Edition)> DraftAsync(CliServices services, ProductRequest request, CancellationToken ct)
    {
        var result = await services.RunAsync<PreviewProduct, CommandResult<ProductInputs>>(p => p.HandleAsync(request, ct));
        var inputs = Succeeded(result);
        var pdf = await services.RunAsync<IPdfRenderer, byte[]>(r => r.PrintAsync(inputs, ct));
        var xlsx = await ProductAnnex.WriteAsync(inputs, ct);
        await services.RunAsync<IAuditLog, bool>(async a =>
        {
            await a.RecordAsync(new AuditEvent(AuditAction.Export, PublishProduct.RecordKind, [], Detail: $"{request.Kind} {request.Period} {request.Language} draft"), ct);
            return true;
        });
        return (pdf, xlsx, inputs.Header.Edition);
    }

    private static async Task<(byte[] Pdf, byte[] Xlsx, int Edition)> PublishAsync(CliServices services, ProductRequest request, CancellationToken ct)
    {
        var result = await services.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(request, ct));
        var summary = Succeeded(result);
        var pdf = await services.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(summary.Id, xlsx: false, ct));
        var xlsx = await services.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(summary.Id, xlsx: true, ct));
        return (pdf!.Content, xlsx!.Content, summary.Edition);
    }

    private static T Succeeded<T>(CommandResult<T> result) => result switch
    {
        { Conflict: true } => throw new UserErrorException("Someone published the same edition at the same moment; run again for the next edition."),
        { Errors: { } errors } => throw new UserErrorException(string.Join(" ", errors.Entries.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m.English}")))),
        _ => result.Value!,
    };
}
