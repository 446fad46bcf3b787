using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace FocalPoint.Cli.Tests;

/// <summary>
/// Real agency exports are megabytes, not a few rows: the progress bar draws many times and the readers stream in
/// chunks. Each format is imported whole through the command line.
/// </summary>
public sealed class ImportLargeFileTests : IDisposable
{
    private const int Rows = 24_000;
    private static readonly string[] Headers = ["Numri i rastit", "Data", "Komuna", "Pershkrimi", "Lloji i armes", "Kalibri", "Numri serik", "Emri", "Mbiemri"];
    private static readonly string[] Places = ["Prishtinë", "Prizren", "Pejë", "Gjakovë", "Ferizaj", "Gjilan", "Mitrovicë"];

    private readonly TempFolder temp = new();

    private string Connection => $"Data Source={temp.Path("large.db")};Pooling=False";

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("xlsx")]
    public async Task Import_FileOfSeveralMegabytes_CommitsEveryRow(string format)
    {
        var file = temp.Path("large." + format);
        Write(file, format);
        Assert.True(new FileInfo(file).Length > (format == "xlsx" ? 1_000_000 : 2_500_000), "the file must be several MB");

        var (exit, output, err) = await CliRunner.RunAsync("import", file, "--profile", "kp-" + format, "--set", "Kind=Seizure", "--set", "HandlingCode=H0", "--accept-close-matches", "--connection", Connection, "--user", "tester");

        Assert.True(exit == 0, err);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{Rows:N0} incidents"), output, StringComparison.Ordinal);
        Assert.Contains("Committed", output, StringComparison.Ordinal);
    }

    private static IEnumerable<string[]> Values()
    {
        for (var i = 0; i < Rows; i++)
        {
            yield return
            [
                string.Create(CultureInfo.InvariantCulture, $"L-{i:D6}"),
                string.Create(CultureInfo.InvariantCulture, $"{1 + (i % 28):D2}.{1 + (i % 12):D2}.2023 1{i % 10}:30"),
                Places[i % Places.Length],
                string.Create(CultureInfo.InvariantCulture, $"Pistol found during a search of a vehicle at checkpoint {i % 97}, owner questioned"),
                "Pistoletë",
                "9x19",
                string.Create(CultureInfo.InvariantCulture, $"SN{i:D7}"),
                i % 3 == 0 ? "Arben" : "",
                i % 3 == 0 ? "Krasniqi" : "",
            ];
        }
    }

    private static void Write(string path, string format)
    {
        switch (format)
        {
            case "csv":
                File.WriteAllLines(path, Values().Select(v => string.Join(';', v)).Prepend(string.Join(';', Headers)), Encoding.UTF8);
                break;
            case "jsonl":
                File.WriteAllLines(path, Values().Select(v => System.Text.Json.JsonSerializer.Serialize(
                    Headers.Zip(v).ToDictionary(p => p.First, p => p.Second))), Encoding.UTF8);
                break;
            default:
                MiniExcel.SaveAs(path, Values().Select(v => Headers.Zip(v).ToDictionary(p => p.First, p => (object)p.Second)));
                break;
        }
    }

    public void Dispose() => temp.Dispose();
}
