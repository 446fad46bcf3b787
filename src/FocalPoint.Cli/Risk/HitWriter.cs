using System.Globalization;
using CsvHelper;
using FocalPoint.Risk.Screening;

namespace FocalPoint.Cli.Risk;

/// <summary>
/// Hits as CSV, one row per selected record, with the reasons in words. No traveller's name or birth date is written:
/// the officer reads those from the crossing record; a watch-list match is named by its entity id and similarity.
/// </summary>
internal sealed class HitWriter(TextWriter target) : IDisposable
{
    private readonly CsvWriter csv = CsvWriter.Create(target, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, leaveOpen: true);

    public void WriteHeader() =>
        csv.WriteHeader(["record_id", "time", "crossing_point", "direction", "profiles", "score", "reasons", "watch_list", "control_check"]);

    public void Write(ScreeningHit hit)
    {
        var r = hit.Record;
        csv.WriteField(r.Id);
        csv.WriteField(r.Time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        csv.WriteField(r.CrossingPoint);
        csv.WriteField(r.Direction.ToString().ToLowerInvariant());
        csv.WriteField(string.Join("; ", hit.Profiles.Select(p => $"{p.ProfileId}/v{p.Version} {p.Name}")));
        csv.WriteField(string.Join("; ", hit.Profiles.Select(p => Invariant($"{p.Score:0.##}/{p.Threshold:0.##}"))));
        csv.WriteField(string.Join(" | ", hit.ReasonLines()));
        csv.WriteField(string.Join("; ", hit.WatchLines()));
        csv.WriteField(hit.ControlCheck ? "yes" : "");
        csv.EndRecord();
    }

    public void Dispose() => csv.Dispose();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
