using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Registry;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrations_CoverTheWholeModel_NoPendingChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add for both providers.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(38, await db.Municipalities.CountAsync());
    }
}
