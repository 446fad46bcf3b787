using System.Collections.Concurrent;
using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.WatchList;

namespace FocalPoint.Risk.Screening;

/// <summary>
/// Screens a whole stream. With one worker the records are screened on the calling thread; with more, the caller's
/// thread reads and routes each record by vehicle to a worker (so each vehicle's travel history lives in one place),
/// through bounded queues: a slow worker holds the reader back instead of letting records pile up in memory.
/// Hits are handed to <c>onHit</c> on the calling thread, in stream order within each vehicle.
/// </summary>
public static class ScreeningRun
{
    private const int BatchSize = 2048;

    /// <summary>Screens every record; returns what was screened and found.</summary>
    public static ScreeningSummary Run(IEnumerable<CrossingRecord> records, ScreeningPlan plan, WatchListIndex? watch,
        ScreeningOptions options, Action<ScreeningHit> onHit, CancellationToken cancellationToken = default)
    {
        var counter = new SummaryCounter(plan);
        void Deliver(ScreeningHit hit) { counter.Count(hit); onHit(hit); }
        if (options.Workers <= 1)
        {
            var screener = new Screener(plan, watch, options);
            foreach (var r in records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (screener.Screen(r) is { } hit) Deliver(hit);
            }
            return counter.Finish(screener.Screened);
        }
        return RunParallel(records, plan, watch, options, Deliver, counter, cancellationToken);
    }

    private static ScreeningSummary RunParallel(IEnumerable<CrossingRecord> records, ScreeningPlan plan, WatchListIndex? watch,
        ScreeningOptions options, Action<ScreeningHit> deliver, SummaryCounter counter, CancellationToken cancellationToken)
    {
        var workers = options.Workers;
        var inboxes = Enumerable.Range(0, workers).Select(_ => new BlockingCollection<(CrossingRecord, long, string)[]>(boundedCapacity: 8)).ToArray();
        var outbox = new ConcurrentQueue<ScreeningHit>();
        var tasks = inboxes.Select(inbox => Task.Factory.StartNew(() =>
        {
            var screener = new Screener(plan, watch, options);
            foreach (var batch in inbox.GetConsumingEnumerable())
            {
                foreach (var (r, at, plateKey) in batch) if (screener.Screen(r, at, plateKey) is { } hit) outbox.Enqueue(hit);
            }
        }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        var pending = inboxes.Select(_ => new List<(CrossingRecord, long, string)>(BatchSize)).ToArray();
        long position = 0;
        try
        {
            foreach (var r in records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Routed by vehicle, so each vehicle's travel history lives in one worker; records without a plate
                // have no history, and any worker will do: they are spread by id.
                var plateKey = Screener.PlateKey(r);
                var w = (int)((uint)StringComparer.Ordinal.GetHashCode(plateKey.Length > 0 ? plateKey : r.Id) % (uint)workers);
                pending[w].Add((r, position++, plateKey));
                if (pending[w].Count == BatchSize) { inboxes[w].Add([.. pending[w]], cancellationToken); pending[w].Clear(); }
                while (outbox.TryDequeue(out var hit)) deliver(hit);
            }
            for (var w = 0; w < workers; w++) if (pending[w].Count > 0) inboxes[w].Add([.. pending[w]], cancellationToken);
        }
        finally
        {
            foreach (var inbox in inboxes) inbox.CompleteAdding();
        }
        Task.WaitAll(tasks, cancellationToken);
        while (outbox.TryDequeue(out var hit)) deliver(hit);
        return counter.Finish(position);
    }
}
