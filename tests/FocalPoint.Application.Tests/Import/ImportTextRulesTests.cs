using FocalPoint.Application.Common;
using FocalPoint.Application.Import;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Issue 19 item 11: the markup filter refuses tags, not comparisons; identifiers garbled by decoding are refused.</summary>
public sealed class ImportTextRulesTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_SerialWithReplacementCharacter_IsARowError(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var file = ImportFiles.Header + "\nA-1;17.05.2024;Prishtinë;Pistol with range < 50 m;Pistoletë;;\u0160K-\uFFFD12;;;;\n";

        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(file), "garbled.csv");

        var error = Assert.Single(committed!.Value!.FirstErrors);
        Assert.Equal("Numri serik", error.Field);
        Assert.Contains("encoding could not read", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Range a < b, seized at < 50 m from the border")]
    [InlineData("Calibre < 9 mm")]
    public void Check_ComparisonInText_IsAccepted(string text)
    {
        var errors = new ValidationErrors();

        TextRules.Check(errors, "Narrative", text, 8000);

        Assert.True(errors.IsEmpty);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("see <a href=x>here</a>")]
    [InlineData("<!-- hidden -->")]
    public void Check_Markup_IsRefused(string text)
    {
        var errors = new ValidationErrors();

        TextRules.Check(errors, "Narrative", text, 8000);

        Assert.False(errors.IsEmpty);
    }
}
