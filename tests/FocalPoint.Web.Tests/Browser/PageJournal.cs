using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>
/// What a page did (navigations, requests still open, circuits, console errors) beside the server's recent log, so
/// that a wait that times out on a loaded CI machine says where it stuck. Before this, three sign-in timeouts in CI
/// left nothing but "Timeout 90000ms exceeded".
/// </summary>
public sealed class PageJournal
{
    private static readonly ConditionalWeakTable<IPage, PageJournal> Journals = [];
    private readonly ConcurrentQueue<string> events = new();
    private readonly ConcurrentDictionary<IRequest, DateTime> open = new();
    private readonly RecentServerLog server;

    private PageJournal(IPage page, RecentServerLog server)
    {
        this.server = server;
        page.Request += (_, r) => { open[r] = TimeProvider.System.GetUtcNow().UtcDateTime; Add($"-> {r.Method} {Path(r.Url)}"); };
        page.RequestFinished += (_, r) => { Finish(r, "ok"); };
        page.RequestFailed += (_, r) => { Finish(r, "failed: " + r.Failure); };
        page.FrameNavigated += (_, f) => { if (f.ParentFrame is null) { Add($"navigated {Path(f.Url)}"); } };
        page.DOMContentLoaded += (_, _) => Add("DOMContentLoaded");
        page.Load += (_, _) => Add("load");
        page.WebSocket += (_, ws) => { Add($"websocket open {Path(ws.Url)}"); ws.Close += (_, _) => Add($"websocket closed {Path(ws.Url)}"); };
        page.Console += (_, m) => { if (m.Type is "error" or "warning") { Add($"console {m.Type}: {m.Text}"); } };
        page.Crash += (_, _) => Add("page crashed");
    }

    public static void Attach(IPage page, RecentServerLog server) => Journals.AddOrUpdate(page, new PageJournal(page, server));

    /// <summary>The page's events, its open requests and the server's log, as one message.</summary>
    public static string Explain(IPage page)
    {
        var text = new StringBuilder().AppendLine($"Page at {Path(page.Url)} (now {TimeProvider.System.GetUtcNow().UtcDateTime:HH:mm:ss.fff}).");
        if (!Journals.TryGetValue(page, out var journal))
        {
            return text.ToString();
        }

        text.AppendLine("Page events:").AppendJoin(Environment.NewLine, journal.events.TakeLast(60)).AppendLine();
        text.AppendLine("Requests still open:").AppendJoin(Environment.NewLine, journal.open.Select(o => $"{o.Value:HH:mm:ss.fff} {o.Key.Method} {Path(o.Key.Url)}")).AppendLine();
        return text.AppendLine("Server log:").AppendJoin(Environment.NewLine, journal.server.Tail(80)).ToString();
    }

    private void Finish(IRequest request, string how)
    {
        if (open.TryRemove(request, out var started))
        {
            Add($"<- {request.Method} {Path(request.Url)} {how} after {(TimeProvider.System.GetUtcNow().UtcDateTime - started).TotalMilliseconds:0} ms");
        }
    }

    private void Add(string line)
    {
        events.Enqueue($"{TimeProvider.System.GetUtcNow().UtcDateTime:HH:mm:ss.fff} {line}");
        while (events.Count > 200 && events.TryDequeue(out _))
        {
        }
    }

    private static string Path(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;
}

/// <summary>
/// Waits for the address to match, by polling it, and explains itself when it times out. Playwright's WaitForURL also
/// waits for the document's "load" state; after Blazor's in-page navigations (pushState) that wait hung for 90 s on a
/// loaded machine although the address had long matched (the journal of the JobsBrowserTests failure showed it). What
/// a test needs next (an element, a live circuit) it waits for itself.
/// </summary>
public static class ExplainedWaits
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static Task WaitForUrlAsync(this IPage page, Regex url) => page.WaitForUrlAsync(url.IsMatch);

    public static async Task WaitForUrlAsync(this IPage page, Func<string, bool> url)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!url(page.Url))
        {
            if (TimeProvider.System.GetElapsedTime(started) > Timeout)
            {
                throw new TimeoutException($"The address did not reach the expected one within {Timeout.TotalSeconds:0} s.{Environment.NewLine}{PageJournal.Explain(page)}");
            }

            await Task.Delay(50);
        }
    }
}
