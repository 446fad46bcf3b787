using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Import;

public sealed class ImportAmmunitionTests
{
    private const string File = "Numri i rastit;Data;Komuna;Pershkrimi;Fisheke\n"
        + "C-1;01.05.2024;Prishtinë;Pistol seized, no ammunition;0\n"
        + "C-2;02.05.2024;Gjakovë;Box of cartridges found;50\n";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_ZeroRounds_ImportsTheRowWithoutAnAmmunitionItem(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;

        var (staged, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(File), "rounds.csv");

        Assert.True(staged.Succeeded, staged.Problem?.Message);
        Assert.True(committed!.Succeeded, committed.Problem?.Message);
        Assert.Equal(2, committed.Value!.RecordsImported);
        await using var db = await services.ContextAsync();
        Assert.Equal([50], await db.Ammunition.Select(a => a.Rounds).ToListAsync());
    }
}
