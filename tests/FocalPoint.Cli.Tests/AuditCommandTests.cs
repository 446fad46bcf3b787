using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Cli.Tests;

/// <summary>`focalpoint audit verify`: 0 on an intact log, 1 with the first problem on stderr.</summary>
public sealed class AuditCommandTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Verify_IntactLog_ExitsZero_TamperedLog_ExitsOneNamingTheEntry(DatabaseProvider provider)
    {
        using var folder = new TempFolder();
        var keyFile = folder.Path("anchor.key");
        await using var audit = await AuditHarness.CreateAsync(provider, anchorEvery: 5, anchorKeyFile: keyFile);
        await audit.RecordManyAsync(12);
        await audit.StopAsync();
        string[] args = ["audit", "verify", "--provider", provider.ToString(), "--connection", audit.Database.ConnectionString, "--anchor-key-file", keyFile];

        var intact = await CliRunner.RunAsync(args);
        await audit.TamperAsync(db => db.AuditEntries.Where(e => e.Sequence == 4).ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "nobody")));
        var tampered = await CliRunner.RunAsync(args);

        Assert.Equal(0, intact.Exit);
        Assert.Contains("12 entries", intact.Out, StringComparison.Ordinal);
        Assert.Contains("signatures checked", intact.Out, StringComparison.Ordinal);
        Assert.Equal(1, tampered.Exit);
        Assert.Contains("Altered at entry 4", tampered.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_MissingDatabaseFile_ExitsOneWithoutCreatingIt()
    {
        using var folder = new TempFolder();
        var file = folder.Path("absent.db");

        var result = await CliRunner.RunAsync("audit", "verify", "--connection", $"Data Source={file}");

        Assert.Equal(1, result.Exit);
        Assert.Contains("Database not found", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Verify_UnknownOption_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("audit", "verify", "--fast");

        Assert.Equal(2, result.Exit);
    }
}
