namespace FocalPoint.Web.Hosting;

/// <summary>
/// Empty error answers: the API (and its reference under /api) keeps ProblemDetails for programs; every other address
/// re-executes as the app's own translated page, so an unknown address shows "Not found" in the layout, still as 404.
/// </summary>
internal static class StatusPages
{
    public const string NotFoundPath = "/not-found";

    public static void UseStatusPages(this WebApplication app)
    {
        // Two separate branches: nested, the inner one would answer first and the outer would find the response written.
        app.UseWhen(context => IsApi(context.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context.Request.Path), pages => pages.UseStatusCodePagesWithReExecute(NotFoundPath));
    }

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");
}
