using FocalPoint.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FocalPoint.Data.PostgreSql;

/// <summary>Used only by `dotnet ef migrations add` to build the PostgreSQL model; no server is contacted.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FocalPointDbContext>
{
    public FocalPointDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<FocalPointDbContext>();
        DataServiceCollectionExtensions.Configure(
            builder, new DatabaseOptions { Provider = DatabaseProvider.PostgreSQL }, "Host=localhost;Database=focalpoint_design");
        return new FocalPointDbContext(builder.Options);
    }
}
