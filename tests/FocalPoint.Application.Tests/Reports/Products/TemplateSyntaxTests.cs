using FocalPoint.Application.Reports.Products;
using FocalPoint.Domain.Products;

namespace FocalPoint.Application.Tests.Reports.Products;

public sealed class TemplateSyntaxTests
{
    [Fact]
    public void Unknown_MisspeltNameUnknownIndicatorAndChart_NamesEachAsWritten()
    {
        const string body = "# {{period}}\n\n{{value:INCIDENTS}} {{valeu:INCIDENTS}} {{value:GUNS}}\n\n{{chart:months}}\n\n{{chart:pie}}\n\n{{breakdown:INCIDENTS:kind}} {{breakdown:INCIDENTS:colour}}";

        var unknown = TemplateSyntax.Unknown(body);

        Assert.Equal(["{{valeu:INCIDENTS}}", "{{value:GUNS}}", "{{chart:pie}}", "{{breakdown:INCIDENTS:colour}}"], unknown);
    }

    [Fact]
    public void Validate_UnknownPlaceholder_RefusesWithItsName()
    {
        var errors = SaveProductTemplate.Validate("Seized: {{value:FIREARMS_RECOVERED}} {{totals}}");

        var message = Assert.Single(errors.For(SaveProductTemplate.BodyField));
        Assert.Equal("UnknownPlaceholder", message.Code);
        Assert.Contains("{{totals}}", message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProductKind.Bulletin, ProductLanguage.En)]
    [InlineData(ProductKind.Bulletin, ProductLanguage.Sq)]
    [InlineData(ProductKind.Bulletin, ProductLanguage.Sr)]
    [InlineData(ProductKind.Roadmap, ProductLanguage.En)]
    [InlineData(ProductKind.Roadmap, ProductLanguage.Sq)]
    [InlineData(ProductKind.Roadmap, ProductLanguage.Sr)]
    public void Default_ShippedTemplate_IsAcceptedAsItWouldBeOnSave(ProductKind kind, ProductLanguage language)
    {
        var body = GetProductTemplate.Default(kind, language);

        Assert.True(SaveProductTemplate.Validate(body).IsEmpty);
        Assert.Contains("{{commentary}}", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-03", ProductKind.Bulletin, "2024-03-01", "2024-03-31")]
    [InlineData("2024-q1", ProductKind.Bulletin, "2024-01-01", "2024-03-31")]
    [InlineData("2023-Q4", ProductKind.Bulletin, "2023-10-01", "2023-12-31")]
    [InlineData("2024-02", ProductKind.Bulletin, "2024-02-01", "2024-02-29")]
    [InlineData("2023", ProductKind.Roadmap, "2023-01-01", "2023-12-31")]
    public void Parse_WrittenPeriod_GivesItsDays(string text, ProductKind kind, string from, string to)
    {
        var period = ProductPeriod.Parse(text, kind);

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period!.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
    }

    [Theory]
    [InlineData("2024-13", ProductKind.Bulletin)]
    [InlineData("2024-Q5", ProductKind.Bulletin)]
    [InlineData("2024-03", ProductKind.Roadmap)]
    [InlineData("March 2024", ProductKind.Bulletin)]
    [InlineData("1985", ProductKind.Roadmap)]
    [InlineData("", ProductKind.Bulletin)]
    public void Parse_PeriodTheProductDoesNotTake_IsRefused(string text, ProductKind kind) =>
        Assert.Null(ProductPeriod.Parse(text, kind));

    [Fact]
    public void Label_QuarterAndMonth_ReadInTheProductLanguage()
    {
        Assert.Equal("Q1 2024", ProductPeriod.Parse("2024-Q1", ProductKind.Bulletin)!.Label(ProductLanguage.En));
        Assert.Equal("March 2024", ProductPeriod.Parse("2024-03", ProductKind.Bulletin)!.Label(ProductLanguage.En));
        Assert.Equal("Mars 2024", ProductPeriod.Parse("2024-03", ProductKind.Bulletin)!.Label(ProductLanguage.Sq));
        Assert.Equal("Mart 2024", ProductPeriod.Parse("2024-03", ProductKind.Bulletin)!.Label(ProductLanguage.Sr));
    }
}
