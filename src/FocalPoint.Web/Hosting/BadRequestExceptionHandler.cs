using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoint.Web.Hosting;

/// <summary>
/// A request the framework cannot bind (malformed JSON, a wrong type in the query, a missing antiforgery token)
/// is the client's error: answer 400 with a ProblemDetails that says which parameter, never a 500 or a stack trace.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        var antiforgery = bad.InnerException is Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = antiforgery ? "The form has expired" : "The request could not be read",
                Detail = antiforgery ? "Reload the page and submit the form again." : FirstLine(bad.Message),
            },
        });
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
