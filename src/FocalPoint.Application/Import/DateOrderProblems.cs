using System.Globalization;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Domain.Import;

namespace FocalPoint.Application.Import;

/// <summary>The file's dates do not say how to read them: the import waits for the user's choice, naming dates that show why.</summary>
internal static class DateOrderProblems
{
    public static ImportProblem For(string fileName, DateOrderFinding finding)
    {
        if (finding.Evidence == DateOrderEvidence.Contradicting)
        {
            var (day, month) = (finding.DayFirst!, finding.MonthFirst!);
            return new ImportProblem(ImportProblemKind.BadFile,
                $"{fileName}: the dates contradict each other: {day.Shown} (row {Row(day)}) can only be day first, {month.Shown} (row {Row(month)}) only month first. "
                + "Correct the file, or choose the order with --date-order dmy|mdy (on the page: \"Dates are written\"); dates of the other order then become row errors.",
                "DatesContradict", [fileName, day.Shown, Row(day), month.Shown, Row(month)]);
        }

        var example = finding.Ambiguous!;
        return new ImportProblem(ImportProblemKind.BadFile,
            $"{fileName}: no date in the file shows whether it is day/month or month/day ({example.Shown}, row {Row(example)}, fits both). "
            + "Choose the order with --date-order dmy|mdy (on the page: \"Dates are written\").",
            "DatesUndecided", [fileName, example.Shown, Row(example)]);
    }

    private static string Row(DateExample example) => example.Row.ToString(CultureInfo.InvariantCulture);
}
