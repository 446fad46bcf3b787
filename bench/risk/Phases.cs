using System.Diagnostics;
using System.Text;
using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.Screening;
using FocalPoint.Risk.Synthetic;
using FocalPoint.Risk.WatchList;

namespace FocalPoint.Bench.Risk;

/// <summary>`phases DIR`: where the time goes (reading alone, profiles alone, with the watch-list), one thread, CPU time.</summary>
internal static class Phases
{
    public static void Run(TrafficSpec spec, string file)
    {
        var scenario = TrafficGenerator.Generate(spec);
        var records = new List<CrossingRecord>();
        var clock = new CpuClock();
        using (var input = new StreamReader(file, Encoding.UTF8, false, 1 << 20))
        {
            var reader = new CrossingCsvReader(input);
            while (reader.TryRead(out var r, out _)) if (r is not null) records.Add(r);
        }
        Console.WriteLine($"risk.phase.read: {records.Count / clock.Seconds:0} records/s");
        var plan = ScreeningPlan.Build(scenario.Profiles, spec.Start);
        foreach (var (name, watch) in new[] { ("profiles", (WatchListIndex?)null), ("profiles_and_watch_list", new WatchListIndex(scenario.WatchList)) })
        {
            clock = new CpuClock();
            var screener = new Screener(plan, watch, new ScreeningOptions());
            var hits = records.Count(r => screener.Screen(r) is not null);
            Console.WriteLine($"risk.phase.{name}: {records.Count / clock.Seconds:0} records/s, {hits} selected");
        }
    }
}

/// <summary>Processor time of this process: the machine is shared, so wall-clock time also counts other people's work.</summary>
internal sealed class CpuClock
{
    private readonly TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;

    public double Seconds => (Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds;
}
