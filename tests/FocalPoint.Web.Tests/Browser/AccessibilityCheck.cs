using System.Text.Json;
using FocalPoint.Testing;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>
/// axe-core (npm, restored by the web build's <c>npm ci</c>) run inside every page the browser tests look at. It is
/// loaded as an init script (DevTools, so the page's strict CSP does not block it) and fails a test on serious or
/// critical WCAG 2.1 A/AA violations: text contrast, names of buttons, links and fields, ARIA misuse.
/// </summary>
internal static class AccessibilityCheck
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Path.Combine(RepositoryRoot.Path, "src", "FocalPoint.Web", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"axe-core not found at {path}: build the web project first (it runs npm ci).");
    });

    private const string Run = """
        async () => {
            if (!window.axe) { return [{ id: 'axe-missing', help: 'axe-core was not injected', nodes: [] }]; }
            const result = await window.axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            });
            return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 6).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\s+/g, ' ')) }));
        }
        """;

    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Source.Value);

    /// <summary>Fails with every serious violation on the page as it is now, named with the screenshot it belongs to.</summary>
    public static async Task AssertCleanAsync(IPage page, string name)
    {
        var violations = await page.EvaluateAsync<JsonElement>(Run);
        if (violations.GetArrayLength() == 0)
        {
            return;
        }

        var lines = violations.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()}\n    "
            + string.Join("\n    ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())));
        Assert.Fail($"Accessibility violations on {name} ({page.Url}):\n{string.Join("\n", lines)}");
    }
}
