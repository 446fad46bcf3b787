using FocalPoint.Data.Setup;
using Xunit;

namespace FocalPoint.Testing;

/// <summary>Every data-access test runs once per provider: use as [MemberData(nameof(Providers.All), MemberType = typeof(Providers))].</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL];
}
