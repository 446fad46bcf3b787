using FocalPoint.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FocalPoint.Data.Sqlite;

/// <summary>Used only by `dotnet ef migrations add` to build the SQLite model.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FocalPointDbContext>
{
    public FocalPointDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<FocalPointDbContext>();
        DataServiceCollectionExtensions.Configure(builder, new DatabaseOptions { SqliteFile = "obj/design.db" }, null);
        return new FocalPointDbContext(builder.Options);
    }
}
