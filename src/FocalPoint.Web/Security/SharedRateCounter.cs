using FocalPoint.Data;
using FocalPoint.Data.Limits;
using FocalPoint.Data.Protection;

namespace FocalPoint.Web.Security;

/// <summary>
/// Counts attempts against a limit that must hold across every node (ADR 0032): one atomic upsert per attempt in the
/// shared database, in fixed windows aligned to the clock. Clients are stored as keyed hashes, not addresses.
/// </summary>
internal sealed class SharedRateCounter(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Counts the attempt; true while the window's count (this one included) is within <paramref name="limit"/>.</summary>
    public async Task<bool> TryCountAsync(string policy, string client, int limit, TimeSpan window, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
        var index = await FieldProtection.Of(db).GetIndexAsync(db, ct);
        var start = RateCounterStore.WindowStart(time.GetUtcNow().UtcDateTime, window);
        return await RateCounterStore.CountAsync(db, policy, index.RateClient(client), start, ct) <= limit;
    }
}
