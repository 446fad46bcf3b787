namespace FocalPoint.Web.Account;

/// <summary>
/// The one place that holds back a signed-in user whose role needs a second factor and whose session has not
/// proved one: pages redirect to enrolment, the API answers 401. Only sign-in, enrolment and the files those
/// pages need stay open.
/// </summary>
internal sealed class SecondFactorGate(RequestDelegate next)
{
    private static readonly string[] OpenPaths = ["/account", "/_framework", "/css", "/culture", "/health", "/favicon.ico"];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated != true || SecondFactorPolicy.IsSatisfied(context.User)
            || OpenPaths.Any(open => path.StartsWithSegments(open)))
        {
            return next(context);
        }

        if (path.StartsWithSegments("/api"))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Second factor required",
                detail: "Enrol an authenticator at /account/two-factor, then call the API again.").ExecuteAsync(context);
        }

        context.Response.Redirect("/account/two-factor?returnUrl=" + Uri.EscapeDataString(path + context.Request.QueryString));
        return Task.CompletedTask;
    }
}
