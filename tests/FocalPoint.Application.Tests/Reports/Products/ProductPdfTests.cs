using System.Text.RegularExpressions;
using FocalPoint.Application.Common;
using FocalPoint.Application.Reports.Pdf;
using FocalPoint.Application.Reports.Products;
using FocalPoint.Application.Tests.Indicators;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Products;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace FocalPoint.Application.Tests.Reports.Products;

/// <summary>
/// The real renderer (Chromium through Playwright) and the PDF read back with poppler: the text in each language, the
/// page count, every figure of the XLSX annex printed in the PDF, and a regenerated edition reading the same. Pages are
/// saved as PNG under artifacts/screenshots to be looked at.
/// </summary>
public sealed class ProductPdfTests
{
    [Theory]
    [InlineData(ProductLanguage.En, "Firearms Focal Point bulletin: Q1 2023", "A year earlier")]
    [InlineData(ProductLanguage.Sq, "Buletini i Pikës Fokale për Armë: TM1 2023", "Një vit më parë")]
    [InlineData(ProductLanguage.Sr, "Bilten Fokalne tačke za oružje: K1 2023", "Godinu dana ranije")]
    public async Task Publish_BulletinPdf_ReadsInItsLanguageAndPrintsEveryFigureOfTheAnnex(ProductLanguage language, string title, string column)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await IndicatorFixture.AddAsync(database);
        var chromium = Environment.GetEnvironmentVariable("FOCALPOINT_TEST_CHROMIUM") ?? "/usr/bin/chromium";
        await using var services = TestServices.For(database, access: TestUsers.Analyst("p1"), replace: s => s.Configure<PdfOptions>(o => o.ChromiumPath = chromium));
        var request = new ProductRequest(ProductKind.Bulletin, "2023-Q1", language, HandlingCode.H1, Tlp.Amber, "Two seizures in March.");

        var published = (await services.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(request))).Value!;
        var pdf = (await services.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(published.Id, xlsx: false)))!.Content;
        var xlsx = (await services.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(published.Id, xlsx: true)))!.Content;
        var again = (await services.RunAsync<RegenerateProduct, (byte[] Pdf, byte[] Xlsx)?>(r => r.HandleAsync(published.Id)))!.Value;

        var file = await WriteAsync(pdf, $"published-{language}");
        var text = await Poppler.TextAsync(file);
        Assert.Contains(title, Squeeze(text), StringComparison.Ordinal);
        Assert.Contains(column, text, StringComparison.Ordinal);
        Assert.Contains("TLP:AMBER · H1", text, StringComparison.Ordinal);
        Assert.Contains("Two seizures in March.", text, StringComparison.Ordinal);

        // Three parts separated by page breaks in the template: summary and figures, charts and map, definitions.
        var pages = await Poppler.PagesAsync(file);
        Assert.InRange(pages, 3, 8);
        var shots = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        Assert.Equal(pages, (await Poppler.ImagesAsync(file, Path.Combine(shots, $"product-bulletin-{language.ToString().ToLowerInvariant()}"))).Length);

        var lines = text.Split('\n');
        foreach (var figure in await FiguresAsync(xlsx))
        {
            var value = ProductFormat.Number(figure.Value, figure.Unit, language);
            var earlier = ProductFormat.Number(figure.YearEarlier, figure.Unit, language);
            var row = new Regex($@"{Regex.Escape(FirstWord(figure.Name))}.*\s{Regex.Escape(value)}\s+{Regex.Escape(earlier)}(\s|$)", RegexOptions.CultureInvariant);
            Assert.True(lines.Any(row.IsMatch), $"{figure.Name}: {value} / {earlier} is not printed as a row of the figures table.");
        }

        Assert.Equal(text, await Poppler.TextAsync(await WriteAsync(again.Pdf, $"regenerated-{language}")));
    }

    private static async Task<string> WriteAsync(byte[] pdf, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "focalpoint-pdf-tests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        return file;
    }

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", " ");

    private static string FirstWord(string name) => name.Split(' ', ':', ',')[0];

    private static async Task<List<(string Name, string Unit, decimal? Value, decimal? YearEarlier)>> FiguresAsync(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        var rows = (await stream.QueryAsync(useHeaderRow: true, sheetName: ProductAnnex.FiguresSheet)).Cast<IDictionary<string, object?>>();
        return [.. rows.Select(r => ((string)r["Name"]!, (string)r["Unit"]!, Number(r["Value"]), Number(r["YearEarlier"])))];
    }

    private static decimal? Number(object? cell) => cell is null ? null : Convert.ToDecimal(cell, System.Globalization.CultureInfo.InvariantCulture);
}
