using System.Diagnostics;

namespace FocalPoint.Bench.Network;

/// <summary>Runs igraph_bench.py and reads its "igraph.KEY: VALUE" lines.</summary>
internal static class IgraphRunner
{
    public static Dictionary<string, string> Run(string python, string edges, string small, string sources, string dir)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "igraph_bench.py");
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { script, edges, small, sources, dir })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {python}.");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        while (process.StandardOutput.ReadLine() is { } line)
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (line.StartsWith("igraph.", StringComparison.Ordinal) && colon > 0)
            {
                values[line[7..colon]] = line[(colon + 2)..];
            }
        }
        process.WaitForExit();
        return process.ExitCode == 0 ? values : throw new InvalidOperationException($"igraph_bench.py failed with exit code {process.ExitCode}.");
    }
}
