using System.Xml.Linq;
using FocalPoint.Testing;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>
/// Fails when an Albanian or Serbian page shows English: a visible text (a text node, an option, a placeholder, a
/// button's value) that equals an English resource value whose translation differs, and that the language does not
/// itself use. The fixture runs it on every page a browser test photographs, so new pages are covered by new tests.
/// </summary>
internal static class UntranslatedTextCheck
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> EnglishByLanguage = new(Load);

    // Every text the reader sees: text nodes of rendered elements, every option of a list, placeholders and titles.
    private const string CollectScript = """
        () => {
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!el || el.closest('script,style,noscript,template,svg,canvas')) continue;
            if (el.tagName !== 'OPTION' && !el.checkVisibility({ visibilityProperty: true })) continue;
            const t = n.textContent.trim();
            if (t) out.push(t);
          }
          document.querySelectorAll('[placeholder],[title],[aria-label],input[type=submit],input[type=button]').forEach(el => {
            for (const a of ['placeholder', 'title', 'aria-label', 'value']) {
              if ((a !== 'value' || el.type === 'submit' || el.type === 'button') && el.getAttribute(a)) out.push(el.getAttribute(a).trim());
            }
          });
          return out;
        }
        """;

    public static async Task AssertNoneAsync(IPage page)
    {
        var language = await page.EvaluateAsync<string>("() => document.documentElement.lang");
        if (!EnglishByLanguage.Value.TryGetValue(language, out var english))
        {
            return;
        }

        var texts = await page.EvaluateAsync<string[]>(CollectScript);
        var leaks = texts.Where(english.Contains).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(leaks.Count == 0, $"English on the {language} page {new Uri(page.Url).AbsolutePath}: \"{string.Join("\", \"", leaks)}\"");
    }

    /// <summary>Per page language ("sq", "sr"), the English values that must not appear.</summary>
    private static Dictionary<string, HashSet<string>> Load()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "FocalPoint.Web", "Localisation");
        var english = Read(Path.Combine(folder, "SharedResource.resx"));
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (lang, file) in new[] { ("sq", "SharedResource.sq.resx"), ("sr", "SharedResource.sr-Latn.resx") })
        {
            var translated = Read(Path.Combine(folder, file));
            var ownWords = translated.Values.ToHashSet(StringComparer.Ordinal);
            result[lang] = english
                .Where(e => translated.TryGetValue(e.Key, out var t) && t != e.Value)
                .Select(e => e.Value.Trim())
                .Where(v => v.Length > 1 && !v.Contains('{', StringComparison.Ordinal) && !ownWords.Contains(v))
                .ToHashSet(StringComparer.Ordinal);
        }

        return result;
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => ((string?)d.Element("value") ?? "").Trim());
}
