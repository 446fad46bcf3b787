using System.Diagnostics;
using Xunit;

namespace FocalPoint.Testing;

/// <summary>Reads a PDF back with Debian's poppler-utils (./test.sh installs them): page count, text, pages as PNG.</summary>
public static class Poppler
{
    public static async Task<int> PagesAsync(string pdf)
    {
        var info = await RunAsync("pdfinfo", pdf);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The text with the layout kept, so a table row stays on one line.</summary>
    public static Task<string> TextAsync(string pdf) => RunAsync("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");

    /// <summary>The text in reading order, without the layout: what a sentence or a label says, wherever it sits.</summary>
    public static Task<string> PlainTextAsync(string pdf) => RunAsync("pdftotext", "-enc", "UTF-8", pdf, "-");

    /// <summary>Writes each page as PREFIX-N.png and returns the files.</summary>
    public static async Task<string[]> ImagesAsync(string pdf, string prefix)
    {
        foreach (var old in Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*.png"))
        {
            File.Delete(old);
        }

        await RunAsync("pdftoppm", "-png", "-r", "70", pdf, prefix);
        return Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*.png");
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start; ./test.sh installs poppler-utils.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await error}");
        return await output;
    }
}
