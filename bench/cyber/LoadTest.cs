using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FocalPoint.Application.Cyber.Reporting;

namespace FocalPoint.Bench.Cyber;

internal sealed record LoadRun(double Seconds, int HonestAccepted, IReadOnlySet<string> AcceptedTitles, double P50Milliseconds, double P99Milliseconds,
    int AbuserAccepted, int AbuserRefused, int Errors);

/// <summary>Senders that each fetch a challenge, solve it and post a report, as fast as the server answers.</summary>
internal static class LoadTest
{
    private const string ClientHeader = "X-Bench-Client";

    public static async Task WaitForServerAsync(string url)
    {
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await client.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException("The web app did not start within 2 minutes.");
    }

    /// <summary>
    /// Sender 0 is the abusive client: one identity throughout, flooding from <see cref="AbuserLoops"/> connections at
    /// once (a single closed loop would wait its turn behind 49 citizens and never reach the limit). The other senders
    /// send each report as a new citizen.
    /// </summary>
    /// <summary>Concurrent connections the abusive client floods from.</summary>
    public const int AbuserLoops = 8;

    public static async Task<LoadRun> RunAsync(string url, int senders, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = senders * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        await SendAsync(client, "warm-up", "bench warm-up", CancellationToken.None); // JIT, connections, first query plans
        var accepted = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var latencies = new ConcurrentBag<double>();
        int honest = 0, abuserAccepted = 0, abuserRefused = 0, errors = 0;
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, senders).Concat(Enumerable.Repeat(0, AbuserLoops - 1));
        await Task.WhenAll(loops.Select((sender, loop) => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var title = $"bench {sender}-{loop}-{n}";
                var identity = sender == 0 ? "abuser" : $"citizen-{sender}-{n}";
                var (status, milliseconds) = await SendAsync(client, identity, title, CancellationToken.None);
                if (status == HttpStatusCode.Created)
                {
                    accepted[title] = 0;
                    if (sender == 0) { Interlocked.Increment(ref abuserAccepted); }
                    else { Interlocked.Increment(ref honest); latencies.Add(milliseconds); }
                }
                else if (status == HttpStatusCode.TooManyRequests && sender == 0)
                {
                    Interlocked.Increment(ref abuserRefused);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        return new LoadRun(seconds, honest, accepted.Keys.ToHashSet(StringComparer.Ordinal), Percentile(sorted, 0.50), Percentile(sorted, 0.99),
            abuserAccepted, abuserRefused, errors);
    }

    /// <summary>One report: challenge, solve, post. The latency is the post's, the part the server's report path costs.</summary>
    private static async Task<(HttpStatusCode Status, double Milliseconds)> SendAsync(HttpClient client, string identity, string title, CancellationToken cancellationToken)
    {
        try
        {
            using var challengeRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/public/cyber/challenge");
            challengeRequest.Headers.Add(ClientHeader, identity);
            using var challengeResponse = await client.SendAsync(challengeRequest, cancellationToken);
            var challenge = JsonNode.Parse(await challengeResponse.Content.ReadAsStringAsync(cancellationToken))!;
            var text = challenge["challenge"]!.GetValue<string>();
            var nonce = ProofOfWork.Solve(text, challenge["bits"]!.GetValue<int>());
            using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/cyber/reports")
            {
                Content = JsonContent.Create(new
                {
                    type = "Phishing", title, description = "Load test report: an SMS linking to a fake bank page.", detectedAtUtc = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1),
                    indicators = new[] { new { type = "IPv4", value = "203.0.113.77" }, new { type = "Domain", value = "bench-phish.example" } },
                    challenge = text, nonce,
                }),
            };
            post.Headers.Add(ClientHeader, identity);
            var clock = Stopwatch.StartNew();
            using var response = await client.SendAsync(post, cancellationToken);
            return (response.StatusCode, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (HttpStatusCode.ServiceUnavailable, 0);
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
