using FocalPoint.Application.Common;
using FocalPoint.Application.Network;
using FocalPoint.Application.Network.Chart;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Security;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Tests.Network;

/// <summary>The registry snapshot, need-to-know on the chart, expansion limits and paths.</summary>
public sealed class LinkChartTests
{
    private const string Purpose = "Case C-2023-001 analysis";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SnapshotBuilder_SeededRegistry_HoldsTypedNodesAndDatedWeightedLinks(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        await using var db = database.CreateContext();

        var snapshot = await new RegistrySnapshotBuilder(db, new RecordNodeIdentity()).BuildAsync(1);

        var types = Enumerable.Range(0, snapshot.NodeCount).GroupBy(snapshot.Graph.NodeTypeOf).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3, types["incident"]);
        Assert.Equal(4, types["person"]);
        Assert.Equal(2, types["firearm"]);
        Assert.Equal(1, types["vehicle"]);
        Assert.Equal(1, types["identifier"]);
        Assert.Equal(db.Municipalities.Count(), types["municipality"]);
        // 3 incident-in-municipality, 2 firearm-in-incident, 5 person-in-incident, 4 from the Links table.
        Assert.Equal(14, snapshot.LinkCount);
        var drives = Enumerable.Range(0, snapshot.LinkCount).Select(snapshot.Graph.GetLink).Single(l => l.Type == "Drives");
        Assert.Equal(0.9, drives.Weight);
        Assert.Equal(new DateTime(2023, 3, 1, 0, 0, 0, DateTimeKind.Utc), drives.Date);
        Assert.True(snapshot.Graph.TryGetIndex(NodeKeys.Of(ChartNodeKind.Firearm, seed.F1), out _));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VisibleGraph_RedIncidentOutsideTheCaseTeam_NeverAppears(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        await using var outsider = TestServices.For(database, access: TestUsers.Analyst("outsider"));
        await using var member = TestServices.For(database, access: TestUsers.Analyst(ChartSeed.Member, cases: seed.CaseId));

        var hidden = await KeysAsync(outsider);
        var shown = await KeysAsync(member);
        var search = await outsider.RunAsync<SearchChartEntities, CommandResult<IReadOnlyList<ChartNode>>>(s => s.HandleAsync(new ChartSearch("FP-2023-000103")));
        var expand = await outsider.RunAsync<ExpandNeighbourhood, CommandResult<ExpandResult>>(e =>
            e.HandleAsync(new ExpandRequest([NodeKeys.Of(ChartNodeKind.Person, seed.P1)], 4, Purpose: Purpose)));

        string[] red = [NodeKeys.Of(ChartNodeKind.Incident, seed.R), NodeKeys.Of(ChartNodeKind.Person, seed.P4), NodeKeys.Of(ChartNodeKind.Firearm, seed.F2), NodeKeys.Of(ChartNodeKind.Identifier, seed.Phone)];
        Assert.All(red, k => Assert.DoesNotContain(k, hidden));
        Assert.All(red, k => Assert.Contains(k, shown));
        Assert.Empty(search.Value!);
        Assert.DoesNotContain(expand.Value!.Elements.Nodes, n => red.Contains(n.Key));
        Assert.Contains(expand.Value.Elements.Nodes, n => n.Key == NodeKeys.Of(ChartNodeKind.Incident, seed.B));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VisibleGraph_RoleWithoutPersonalData_HasNoPersons(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ChartSeed.AddAsync(database);
        await using var commander = TestServices.For(database, access: TestUsers.Commander());

        var keys = await KeysAsync(commander);

        Assert.DoesNotContain(keys, k => k.StartsWith("person:", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("firearm:", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Expand_AboveTheThreshold_AsksToConfirmWithTheCountAndRefusesAboveTheMaximum(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        var options = services.GetRequiredService<IOptions<LinkChartOptions>>().Value;
        options.ConfirmAbove = 2;
        var request = new ExpandRequest([NodeKeys.Of(ChartNodeKind.Incident, seed.A)], 1, Purpose: Purpose);

        var ask = await services.RunAsync<ExpandNeighbourhood, CommandResult<ExpandResult>>(e => e.HandleAsync(request));
        var confirmed = await services.RunAsync<ExpandNeighbourhood, CommandResult<ExpandResult>>(e => e.HandleAsync(request with { Confirmed = true }));
        options.MaxNodes = 3;
        var refused = await services.RunAsync<ExpandNeighbourhood, CommandResult<ExpandResult>>(e => e.HandleAsync(request with { Confirmed = true }));

        // A's neighbours: its municipality, P1, P2 and firearm F1.
        Assert.Equal((ExpandStatus.NeedsConfirmation, 4), (ask.Value!.Status, ask.Value.Added));
        Assert.Contains("4", ask.Value.Message, StringComparison.Ordinal);
        Assert.Empty(ask.Value.Elements.Nodes);
        Assert.Equal(ExpandStatus.Ready, confirmed.Value!.Status);
        Assert.Equal(5, confirmed.Value.Elements.Nodes.Count);
        Assert.Equal(ExpandStatus.TooLarge, refused.Value!.Status);
        Assert.Contains("at most 3", refused.Value.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Expand_WithPersons_NeedsThePurposeAndIsAuditedAsCombine(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        var request = new ExpandRequest([NodeKeys.Of(ChartNodeKind.Incident, seed.A)], 1, Confirmed: true);

        var refused = await services.RunAsync<ExpandNeighbourhood, CommandResult<ExpandResult>>(e => e.HandleAsync(request));
        var shown = await services.RunAsync<ExpandNeighbourhood, CommandResult<ExpandResult>>(e => e.HandleAsync(request with { Purpose = Purpose }));

        Assert.NotNull(refused.Errors);
        Assert.True(shown.Succeeded);
        var entry = Assert.Single(services.GetRequiredService<RecordingAuditLog>().Events);
        Assert.Equal((AuditAction.Combine, Purpose), (entry.Action, entry.Purpose));
        Assert.Equal([$"Person/{seed.P1}", $"Person/{seed.P2}"], entry.RecordIds.Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Paths_FewestLinksAndMostConfident_DifferWhereTheDirectLinkIsWeak(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        var (p1, p3) = (NodeKeys.Of(ChartNodeKind.Person, seed.P1), NodeKeys.Of(ChartNodeKind.Person, seed.P3));

        var fewest = await PathAsync(services, new PathRequest(p1, p3, PathMode.Shortest, Purpose: Purpose));
        var withoutPlaces = new ChartFilter(["person", "firearm", "vehicle", "identifier", "organisation", "incident", "location"]);
        var viaPlace = await PathAsync(services, new PathRequest(p1, p3, PathMode.MostConfident, Purpose: Purpose));
        var confident = await PathAsync(services, new PathRequest(p1, p3, PathMode.MostConfident, Filter: withoutPlaces, Purpose: Purpose));
        var all = await PathAsync(services, new PathRequest(p1, p3, PathMode.AllSimple, 4, Purpose: Purpose));
        var unknown = await services.RunAsync<FindChartPaths, CommandResult<PathResult>>(f => f.HandleAsync(new PathRequest(p1, "person:999999", Purpose: Purpose)));

        Assert.Equal((1, 0.5), (fewest.Paths[0].Length, fewest.Paths[0].Confidence));
        // P1 → A → P2 → B → P3 through incident membership (confidence 1) beats the direct 50% link; with places
        // allowed, the shared municipality is an equally confident shortcut, which is why the chart leaves them out by default.
        Assert.Contains(NodeKeys.Of(ChartNodeKind.Municipality, 1), viaPlace.Paths[0].Nodes);
        Assert.Equal([p1, NodeKeys.Of(ChartNodeKind.Incident, seed.A), NodeKeys.Of(ChartNodeKind.Person, seed.P2), NodeKeys.Of(ChartNodeKind.Incident, seed.B), p3], confident.Paths[0].Nodes);
        Assert.Equal(1.0, confident.Paths[0].Confidence, 6);
        Assert.True(all.Paths.Count >= 3);
        Assert.Equal(1, all.Paths[0].Length);
        Assert.Contains("Unknown entity", unknown.Errors!.ToDictionary()["To"][0], StringComparison.Ordinal);
    }

    private static async Task<PathResult> PathAsync(ServiceProvider services, PathRequest request) =>
        (await services.RunAsync<FindChartPaths, CommandResult<PathResult>>(f => f.HandleAsync(request))).Value!;

    private static async Task<HashSet<string>> KeysAsync(ServiceProvider services) =>
        await services.RunAsync<VisibleGraphs, HashSet<string>>(async g =>
        {
            var view = await g.GetAsync();
            return Enumerable.Range(0, view.Graph.NodeCount).Where(view.IsVisible).Select(v => view.Graph.IdOf(v).ToString()).ToHashSet();
        });
}
