using Scalar.AspNetCore;

namespace FocalPoint.Web.Hosting;

/// <summary>
/// The API reference page (Scalar, served from the package, no CDN): the reference and its request tester only.
/// The vendor's extras (AI agent, MCP, SDK generation, deploy and share toolbar, telemetry) would reach out of a
/// deployment that has no internet, and its CDN fonts are refused by our security policy: system fonts instead.
/// </summary>
internal static class ApiReference
{
    /// <summary>A way back into the app; the brand name needs no translation.</summary>
    private const string BackLink =
        """<nav style="padding:.5rem 1rem;background:#14324f;font:15px system-ui,sans-serif"><a id="back-to-app" href="/" style="color:#fff;text-decoration:none;font-weight:700">← Focal<span style="color:#8cc4ff">Point</span></a></nav>""";

    public static void Configure(ScalarOptions options) => options
        .WithTitle("FocalPoint API")
        .DisableAgent()
        .DisableMcp()
        .HideClientButton()
        .HideDeveloperTools()
        .DisableTelemetry()
        .DisableDefaultFonts()
        .WithDotNetFlag(false)
        .ForceLightMode()
        .HideDarkModeToggle()
        .AddHeaderContent(BackLink);
}
