using System.Globalization;
using CsvHelper;
using FocalPoint.Application.Common;
using FocalPoint.Data.Auditing;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace FocalPoint.Application.Training.Figures;

/// <summary>
/// The training figures as CSV or XLSX: the total line, then one line per row of the cut, participations and persons
/// each by sex. Cells go through <see cref="SpreadsheetCells"/> (an institution named "=cmd" stays text). Audited as an
/// export; counts only, no names.
/// </summary>
public sealed class ExportTrainingFigures(TrainingFigures figures, IAuditLog audit)
{
    public static readonly string[] Header =
    [
        "Key", "Participations", "ParticipationsMale", "ParticipationsFemale", "ParticipationsNotRecorded",
        "Persons", "PersonsMale", "PersonsFemale", "PersonsNotRecorded",
    ];

    public async Task<CommandResult<bool>> WriteAsync(TrainingFilter filter, bool xlsx, Stream output, CancellationToken cancellationToken = default)
    {
        var result = await figures.HandleAsync(filter, cancellationToken);
        if (!result.Succeeded)
        {
            return new CommandResult<bool>(false, result.Errors, result.NotFound);
        }

        var view = result.Value!;
        await audit.RecordAsync(new AuditEvent(AuditAction.Export, "TrainingFigures", [], Detail: $"{filter.Cut} {filter.From:yyyy-MM-dd}..{filter.To:yyyy-MM-dd} {(xlsx ? "xlsx" : "csv")}"), cancellationToken);
        var lines = new[] { Line("Total", view.Participations, view.Persons) }.Concat(view.Rows.Select(r => Line(r.Key, r.Participations, r.Persons))).ToList();
        if (xlsx)
        {
            var sheet = lines.Select(l => Header.Zip(l).ToDictionary(p => p.First, p => (object?)(int.TryParse(p.Second, CultureInfo.InvariantCulture, out var n) && p.First != "Key" ? n : SpreadsheetCells.Neutralise(p.Second))));
            await MiniExcel.SaveAsAsync(output, sheet, sheetName: "Training", excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { EnableAutoWidth = false }, cancellationToken: cancellationToken);
            return CommandResult<bool>.Ok(true);
        }

        await using var csv = CsvWriter.Create(output, SpreadsheetCells.Csv, leaveOpen: true);
        await csv.WriteRecordAsync(Header, cancellationToken);
        foreach (var line in lines)
        {
            await csv.WriteRecordAsync(line, cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
        return CommandResult<bool>.Ok(true);
    }

    public static string FileName(TrainingFilter filter, bool xlsx) => $"training-{filter.Cut.ToString().ToLowerInvariant()}.{(xlsx ? "xlsx" : "csv")}";

    private static string[] Line(string key, SexCounts participations, SexCounts persons) =>
    [
        key, N(participations.Total), N(participations.Male), N(participations.Female), N(participations.NotRecorded),
        N(persons.Total), N(persons.Male), N(persons.Female), N(persons.NotRecorded),
    ];

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
