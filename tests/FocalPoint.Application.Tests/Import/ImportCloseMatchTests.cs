using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Issue 19 item 3 (in part): a place found by a close spelling only is refused, or accepted for the import and listed.</summary>
public sealed class ImportCloseMatchTests
{
    private const string File = "Key;Date;Municipality;Narrative\nS-1;01.05.2024;Prizern;Pistol found\nS-2;02.05.2024;Prizren;Rifle found\n";

    private static readonly MappingEdit Strict = new(Constants: new Dictionary<string, string> { ["Kind"] = "Found", ["HandlingCode"] = "H0" });

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_CloseSpellingOfAPlace_IsRefusedUnlessAcceptedForTheImport(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;

        var (_, strict) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(File), "strict.csv", edit: Strict);
        var (_, accepted) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(File), "accepted.csv", edit: Strict with { AcceptCloseMatches = true });

        var error = Assert.Single(strict!.Value!.FirstErrors);
        Assert.Equal((2L, "Municipality", "Prizern"), (error.Row, error.Field, error.Value));
        Assert.Equal("Not an exact name: only close to Prizren.", error.Problem);
        Assert.Equal(2, accepted!.Value!.RecordsImported);
        Assert.Equal(new CloseMatchCount("Municipality", "Prizern", "Prizren", 1), Assert.Single(accepted.Value.CloseMatches!));
    }
}
