using FocalPoint.Web.Hosting;
using FocalPoint.Web.Localisation;
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

    protected async Task<TResult> RunAsync<THandler, TResult>(Func<THandler, Task<TResult>> action)
        where THandler : notnull
    {
        await using var scope = Scopes.CreateAsyncScope();
        if (AuthenticationState is not null)
        {
            scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().UseUser((await AuthenticationState).User);
        }

        // Off the circuit's dispatcher: SQLite's "async" commands run synchronously, so a use case awaited on the
        // dispatcher holds every render of the circuit (the page's first interactive render included) until its last
        // query ends. The continuation comes back to the dispatcher, where component state is touched.
        var handler = scope.ServiceProvider.GetRequiredService<THandler>();
        return await Task.Run(() => action(handler));
    }

    /// <summary>The localised name of an enum value (resource key "Type_Value"), falling back to the value.</summary>
    protected string Text<T>(T value)
        where T : struct, Enum => L[$"{typeof(T).Name}_{value}"];
}
