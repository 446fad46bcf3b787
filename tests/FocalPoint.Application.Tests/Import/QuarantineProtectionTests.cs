using FocalPoint.Application.Import;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Issue 19 item 5: a quarantined row names persons as the file did, so it is encrypted at rest like the registry's personal fields.</summary>
public sealed class QuarantineProtectionTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Quarantine_RowNamingAPerson_IsStoredEncryptedAndReadBackWhole(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var file = ImportFiles.Header + "\nQ-1;32.05.2024;Prishtinë;Bad date;Pistoletë;;S1;Zymer;Quokkaj;i dyshuar;9988776655\n"
            + "Q-2;01.05.2024;Gjakovë;Good row;Pistoletë;;S2;;;;\n";

        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(file), "named.csv", ImportPolicy.Quarantine);
        var rows = await services.RunAsync<ImportBatches, IReadOnlyList<ImportErrorLine>?>(h => h.QuarantineAsync(committed!.Value!.BatchId));

        await using var db = await services.ContextAsync();
        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"ValuesJson\" || \"ErrorsJson\" AS \"Value\" FROM \"QuarantinedRows\"").ToListAsync();
        var raw = Assert.Single(stored);
        Assert.DoesNotContain("Quokkaj", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("9988776655", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("32.05.2024", raw, StringComparison.Ordinal);
        Assert.Equal("Quokkaj", Assert.Single(rows!).Values["Mbiemri"]);
    }
}
