using FocalPoint.Web.Hosting;
using FocalPoint.Web.Localisation;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace FocalPoint.Web.Components.Shared;

/// <summary>
/// Base for interactive pages. A circuit lives for the whole visit, so each use case runs in a scope (and a
/// DbContext) of its own, with the signed-in user of the page as the acting user.
/// </summary>
public abstract class PageBase : ComponentBase
{
    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;
    [Inject] protected IStringLocalizer<SharedResource> L { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>
    /// True during the prerendering pass of an interactive page. The page is rendered again once the circuit is live,
    /// so a page that records a consultation when it loads skips loading here: one view, one audit entry, and no
    /// police data in HTML that no circuit ever picked up. (Pages under /account are static and consult nothing.)
    /// </summary>
    protected bool Prerendering => !RendererInfo.IsInteractive;

    protected Task<TResult> RunAsync<THandler, TResult>(Func<THandler, Task<TResult>> action)
        where THandler : notnull => InScopeAsync(action, offCircuit: false);

    /// <summary>
    /// <see cref="RunAsync{THandler, TResult}"/> off the circuit's dispatcher, for a heavy load (the dashboard's
    /// figures): SQLite's "async" commands run synchronously, so a use case awaited on the dispatcher holds every
    /// render of the circuit, the page's first interactive render included, until its last query ends. Only for loads
    /// whose caller ignores an answer that arrives after a newer request (the dashboard keeps the scope it asked for):
    /// answers no longer come back in the order they were asked.
    /// </summary>
    protected Task<TResult> RunOffCircuitAsync<THandler, TResult>(Func<THandler, Task<TResult>> action)
        where THandler : notnull => InScopeAsync(action, offCircuit: true);

    /// <summary>
    /// <see cref="RunAsync{THandler, TResult}"/> for a load that a newer one of the same name may overtake (Next clicked
    /// while a page loads, a filter changed twice). With a truly asynchronous database the answers can arrive out of
    /// order; the caller shows the answer only when <see cref="Latest{TResult}.IsCurrent"/>, so an older one never puts
    /// page 1 back under an address that says page 2.
    /// </summary>
    protected async Task<Latest<TResult>> RunLatestAsync<THandler, TResult>(Func<THandler, Task<TResult>> action, [CallerMemberName] string load = "")
        where THandler : notnull
    {
        // Read and written on the circuit's dispatcher only (RunAsync resumes there), so no lock is needed.
        var mine = loadNumbers[load] = loadNumbers.GetValueOrDefault(load) + 1;
        var result = await RunAsync(action);
        return new Latest<TResult>(result, loadNumbers[load] == mine);
    }

    private readonly Dictionary<string, int> loadNumbers = new(StringComparer.Ordinal);

    private async Task<TResult> InScopeAsync<THandler, TResult>(Func<THandler, Task<TResult>> action, bool offCircuit)
        where THandler : notnull
    {
        await using var scope = Scopes.CreateAsyncScope();
        if (AuthenticationState is not null)
        {
            scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().UseUser((await AuthenticationState).User);
        }

        var handler = scope.ServiceProvider.GetRequiredService<THandler>();
        return offCircuit ? await Task.Run(() => action(handler)) : await action(handler);
    }

    /// <summary>The localised name of an enum value (resource key "Type_Value"), falling back to the value.</summary>
    protected string Text<T>(T value)
        where T : struct, Enum => L[$"{typeof(T).Name}_{value}"];
}

/// <summary>An answer of <see cref="PageBase.RunLatestAsync{THandler, TResult}"/>, and whether no newer load was asked for since.</summary>
public readonly record struct Latest<TResult>(TResult Value, bool IsCurrent);
