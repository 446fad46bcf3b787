using FocalPoint.Data.Setup;
using FocalPoint.Domain.Resolution;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Web.Tests.Hosting;

/// <summary>A fresh demo resolves its records at first start: no page greets a first visitor with "not resolved yet".</summary>
public sealed class DemoResolutionTests(DemoResolutionTests.ResolvingApp app) : IClassFixture<DemoResolutionTests.ResolvingApp>
{
    [Fact]
    public async Task FirstStart_Sqlite_EveryDemoPersonAndFirearmBelongsToAnEntity()
    {
        _ = app.Server;
        await using var db = app.Database.CreateContext();

        var persons = await db.Persons.CountAsync();
        var firearms = await db.Firearms.CountAsync();

        Assert.True(persons > 0 && firearms > 0);
        Assert.Equal(persons, await db.EntityMemberships.CountAsync(m => m.Kind == ResolvedKind.Person));
        Assert.Equal(firearms, await db.EntityMemberships.CountAsync(m => m.Kind == ResolvedKind.Firearm));
        Assert.Equal(2, await db.ResolutionRuns.CountAsync());
    }

    public sealed class ResolvingApp : FocalPointApp
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        protected override bool ResolveDemoData => true;
    }
}
