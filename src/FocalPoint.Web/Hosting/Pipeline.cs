using System.Globalization;
using FocalPoint.Web.Account;
using FocalPoint.Web.Api;
using FocalPoint.Web.Components;
using FocalPoint.Web.Localisation;
using FocalPoint.Web.Security;
using Scalar.AspNetCore;

namespace FocalPoint.Web.Hosting;

internal static class Pipeline
{
    public static void UseFocalPointPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseBodySizeLimit();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        else
        {
            app.UseExceptionHandler();
        }

        app.UseStatusPages();

        // Routing after the status and error pages, so that their re-executed requests find an endpoint again.
        app.UseRouting();
        app.UseRequestLocalization(Cultures.Options());
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseMiddleware<SecondFactorGate>();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    public static void MapFocalPointEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api", ApiReference.Configure);
        app.MapAccountEndpoints();
        app.MapCultureEndpoint();
        app.MapApiV1();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }

    public static void PrintStartupBanner(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
