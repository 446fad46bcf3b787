using FocalPoint.Application.Common;
using FocalPoint.Application.Network;
using FocalPoint.Application.Network.Chart;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Network.Visibility;
using FocalPoint.Application.Security;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Network;

/// <summary>Need-to-know on the link chart as one visibility mask per access profile (ADR 0013, issue 18).</summary>
public sealed class ProfileMaskTests
{
    private const string Purpose = "Case C-2023-001 analysis";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Mask_EachKindOfUser_HoldsExactlyTheIncidentsThePagesShow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        await AddAmberOfCustomsAsync(database);
        UserAccess[] users =
        [
            TestUsers.Analyst("outsider"), TestUsers.Analyst(ChartSeed.Member, cases: seed.CaseId), TestUsers.Analyst("lead"), TestUsers.Analyst("author"),
            TestUsers.Analyst("customs", ReportingAgency.Customs), TestUsers.Commander(), TestUsers.Administrator(), UserAccess.System("cli"),
        ];

        foreach (var user in users)
        {
            await using var services = TestServices.For(database, access: user);
            var view = await services.RunAsync<VisibleGraphs, VisibleGraph>(g => g.GetAsync());
            await using var db = database.CreateContext();
            var pages = (await db.Incidents.VisibleTo(user, db).Select(i => i.Id).ToListAsync()).Order();
            var chart = Enumerable.Range(0, view.Graph.NodeCount).Where(v => view.IsVisible(v) && view.KindOf(v) == ChartNodeKind.Incident)
                .Select(v => view.Snapshot.Nodes.RecordIds[v]).Order();

            Assert.True(pages.SequenceEqual(chart), $"{user.UserName}: the chart's incidents differ from the pages'");
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetAsync_TwoUsersWithTheSameProfile_ShareOneMask(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        var access = new SwitchableAccess(TestUsers.Analyst("first"));
        await using var services = TestServices.For(database, replace: s => s.AddSingleton<IAccessContext>(access));

        var first = await services.RunAsync<VisibleGraphs, VisibleGraph>(g => g.GetAsync());
        access.Current = TestUsers.Analyst("second");
        var second = await services.RunAsync<VisibleGraphs, VisibleGraph>(g => g.GetAsync());
        access.Current = TestUsers.Analyst(ChartSeed.Member, cases: seed.CaseId);
        var member = await services.RunAsync<VisibleGraphs, VisibleGraph>(g => g.GetAsync());

        Assert.Same(first.Mask, second.Mask);
        Assert.NotSame(first.Mask, member.Mask);
        Assert.Equal(2, services.GetRequiredService<VisibleGraphCache>().MaskCount);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GetAsync_UserJoinsTheCaseTeam_GetsTheTeamsMask(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst("newcomer"),
            replace: s => s.Configure<LinkChartOptions>(o => o.VisibleGraphSeconds = 0));
        var red = NodeKeys.Of(ChartNodeKind.Incident, seed.R);

        var before = await services.RunAsync<VisibleGraphs, VisibleGraph>(g => g.GetAsync());
        await using (var db = database.CreateContext())
        {
            db.CaseMembers.Add(new CaseMember { CaseId = seed.CaseId, UserName = "newcomer" });
            await db.SaveChangesAsync();
        }

        var after = await services.RunAsync<VisibleGraphs, VisibleGraph>(g => g.GetAsync());

        Assert.False(before.TryFind(red, out _));
        Assert.True(after.TryFind(red, out _));
        Assert.NotSame(before.Mask, after.Mask);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FindPaths_OnlyWayRunsThroughAHiddenPerson_FindsNoPathOutsideTheTeam(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        var p5 = await AddPersonLinkedThroughP4Async(database, seed);
        await using var outsider = TestServices.For(database, access: TestUsers.Analyst("outsider"));
        await using var member = TestServices.For(database, access: TestUsers.Analyst(ChartSeed.Member, cases: seed.CaseId));
        var from = NodeKeys.Of(ChartNodeKind.Person, p5);
        var to = NodeKeys.Of(ChartNodeKind.Person, seed.P3);
        var noPlaces = new ChartFilter(["person", "firearm", "vehicle", "identifier", "organisation", "incident", "location"]);

        foreach (var mode in Enum.GetValues<PathMode>())
        {
            var request = new PathRequest(from, to, mode, 6, noPlaces, Purpose);
            var hidden = await outsider.RunAsync<FindChartPaths, CommandResult<PathResult>>(p => p.HandleAsync(request));
            var shown = await member.RunAsync<FindChartPaths, CommandResult<PathResult>>(p => p.HandleAsync(request));

            Assert.Empty(hidden.Value!.Paths);
            Assert.Contains(shown.Value!.Paths, p => p.Nodes.Contains(NodeKeys.Of(ChartNodeKind.Person, seed.P4)));
        }
    }

    /// <summary>An AMBER incident of customs: open to customs analysts, hidden from the police ones.</summary>
    private static async Task AddAmberOfCustomsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext(new Data.Auditing.SystemUser("author"));
        db.Incidents.Add(new Incident
        {
            Reference = "FP-2023-000104", Kind = IncidentKind.Seizure, OccurredOn = new DateOnly(2023, 10, 1), OccurredAtUtc = new DateTime(2023, 10, 1, 9, 0, 0, DateTimeKind.Utc),
            MunicipalityId = 1, DirectorateId = 1, ReportingAgency = ReportingAgency.Customs, LegalContext = LegalContext.CriminalOffence,
            Narrative = "Seized at the border.", Tlp = Tlp.Amber, HandlingCode = HandlingCode.H1,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>P5, in a GREEN incident of their own, is linked (no source incident) only to P4, whom only the RED incident records; P4 is linked to P3.</summary>
    private static async Task<long> AddPersonLinkedThroughP4Async(TestDatabase database, ChartSeed seed)
    {
        await using var db = database.CreateContext(new Data.Auditing.SystemUser("author"));
        var p5 = new Person { GivenName = "Luan", FamilyName = "Gashi" };
        var d = new Incident
        {
            Reference = "FP-2023-000105", Kind = IncidentKind.Seizure, OccurredOn = new DateOnly(2023, 11, 1), OccurredAtUtc = new DateTime(2023, 11, 1, 9, 0, 0, DateTimeKind.Utc),
            MunicipalityId = 1, DirectorateId = 1, ReportingAgency = ReportingAgency.KosovoPolice, LegalContext = LegalContext.CriminalOffence,
            Narrative = "Seized during a search.", Tlp = Tlp.Green, HandlingCode = HandlingCode.H1, Persons = [new IncidentPerson { Person = p5, Role = PersonRole.Suspect }],
        };
        db.Incidents.Add(d);
        await db.SaveChangesAsync();
        db.Links.AddRange(
            new EntityLink { FromKind = EntityKind.Person, FromId = p5.Id, ToKind = EntityKind.Person, ToId = seed.P4, Type = LinkType.Associate, Confidence = 0.7 },
            new EntityLink { FromKind = EntityKind.Person, FromId = seed.P4, ToKind = EntityKind.Person, ToId = seed.P3, Type = LinkType.Associate, Confidence = 0.7 });
        await db.SaveChangesAsync();
        return p5.Id;
    }

    private sealed class SwitchableAccess(UserAccess access) : IAccessContext
    {
        public UserAccess Current { get; set; } = access;

        public Task<UserAccess> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Current);
    }
}
