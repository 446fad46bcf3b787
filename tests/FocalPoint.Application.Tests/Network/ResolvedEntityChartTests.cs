using FocalPoint.Application.Common;
using FocalPoint.Application.Linkage;
using FocalPoint.Application.Network;
using FocalPoint.Application.Network.Chart;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Resolution;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Network;

/// <summary>Resolved entities on the link chart: one node per human or gun, cut by need-to-know per record.</summary>
public sealed class ResolvedEntityChartTests
{
    private const string Purpose = "Case C-2023-001 analysis";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Snapshot_TwoRecordsOfOnePerson_AreOneNodeLinkedToBothIncidents(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        var entity = await ResolveAsync(database, ResolvedKind.Person, seed.P1, seed.P3);
        await using var services = TestServices.For(database, access: TestUsers.Analyst("outsider"));

        var expand = await services.RunAsync<ExpandNeighbourhood, CommandResult<ExpandResult>>(e =>
            e.HandleAsync(new ExpandRequest([NodeKeys.OfEntity(ChartNodeKind.Person, entity)], 1, Purpose: Purpose)));
        var search = await services.RunAsync<SearchChartEntities, CommandResult<IReadOnlyList<ChartNode>>>(s => s.HandleAsync(new ChartSearch("Berisha", Purpose)));

        var key = NodeKeys.OfEntity(ChartNodeKind.Person, entity);
        var nodes = expand.Value!.Elements.Nodes;
        var node = Assert.Single(nodes, n => n.Key == key);
        Assert.Equal(entity, node.EntityId);
        Assert.Equal(seed.P1, node.RecordId);
        Assert.DoesNotContain(nodes, n => n.Key == NodeKeys.Of(ChartNodeKind.Person, seed.P1) || n.Key == NodeKeys.Of(ChartNodeKind.Person, seed.P3));
        var incidents = expand.Value.Elements.Edges.Where(e => e.Source == key && e.Target.StartsWith("incident:", StringComparison.Ordinal)).Select(e => e.Target).ToHashSet();
        Assert.Equal([NodeKeys.Of(ChartNodeKind.Incident, seed.A), NodeKeys.Of(ChartNodeKind.Incident, seed.B)], incidents.Order());
        Assert.Contains(nodes, n => n.Key == NodeKeys.Of(ChartNodeKind.Vehicle, seed.V1));
        Assert.Equal(key, Assert.Single(search.Value!, n => n.Type == "person").Key);
        var audit = services.GetRequiredService<RecordingAuditLog>().Events;
        Assert.Contains(audit, e => e.RecordIds.Contains($"ResolvedEntity/{entity}"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VisibleGraph_EntityWithARecordInAHiddenIncident_ShowsOnlyTheVisibleLinkAndLabel(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // The hidden record is saved first, so it has the lower id and is the snapshot's first record of the entity.
        var (hiddenIncident, hidden) = await AddIncidentAsync(database, "FP-2024-000201", Tlp.Red, new Person { GivenName = "Skender", FamilyName = "Hidden" });
        var (visibleIncident, shown) = await AddIncidentAsync(database, "FP-2024-000202", Tlp.Green, new Person { GivenName = "Valon", FamilyName = "Shown" });
        var car = await AddCarLearnedFromAsync(database, hidden);
        var entity = await ResolveAsync(database, ResolvedKind.Person, hidden, shown);
        await using var outsider = TestServices.For(database, access: TestUsers.Analyst("outsider"));
        await using var system = TestServices.For(database);

        var (nodes, edges) = await ElementsAsync(outsider, NodeKeys.OfEntity(ChartNodeKind.Person, entity));
        var (allNodes, allEdges) = await ElementsAsync(system, NodeKeys.OfEntity(ChartNodeKind.Person, entity));

        var node = Assert.Single(nodes, n => n.Type == "person");
        Assert.Equal("Valon Shown", node.Label);
        Assert.Equal(shown, node.RecordId);
        Assert.Equal(new DateOnly(2024, 2, 1), node.Date);
        Assert.DoesNotContain(nodes, n => n.Key == NodeKeys.Of(ChartNodeKind.Incident, hiddenIncident) || n.Key == NodeKeys.Of(ChartNodeKind.Vehicle, car));
        Assert.Equal(NodeKeys.Of(ChartNodeKind.Incident, visibleIncident), Assert.Single(edges).Target);
        Assert.Contains(allNodes, n => n.Key == NodeKeys.Of(ChartNodeKind.Vehicle, car));
        Assert.Equal(3, allEdges.Count);
        Assert.Equal("Skender Hidden", Assert.Single(allNodes, n => n.Type == "person").Label);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task VisibleGraph_FirearmResolvedAcrossTwoIncidents_IsOneNodeCutPerUser(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        var entity = await ResolveAsync(database, ResolvedKind.Firearm, seed.F1, seed.F2);
        await using var outsider = TestServices.For(database, access: TestUsers.Analyst("outsider"));
        await using var member = TestServices.For(database, access: TestUsers.Analyst(ChartSeed.Member, cases: seed.CaseId));
        var key = NodeKeys.OfEntity(ChartNodeKind.Firearm, entity);

        var (outsiderNodes, outsiderEdges) = await ElementsAsync(outsider, key);
        var (memberNodes, memberEdges) = await ElementsAsync(member, key);
        var found = await outsider.RunAsync<SearchChartEntities, CommandResult<IReadOnlyList<ChartNode>>>(s => s.HandleAsync(new ChartSearch("R-999")));

        Assert.DoesNotContain(outsiderNodes, n => n.Key == NodeKeys.Of(ChartNodeKind.Firearm, seed.F1) || n.Key == NodeKeys.Of(ChartNodeKind.Firearm, seed.F2));
        Assert.Equal(seed.F1, Assert.Single(outsiderNodes, n => n.Key == key).RecordId);
        Assert.Equal([NodeKeys.Of(ChartNodeKind.Incident, seed.A)], outsiderEdges.Select(e => e.Target));
        Assert.Equal([NodeKeys.Of(ChartNodeKind.Incident, seed.A), NodeKeys.Of(ChartNodeKind.Incident, seed.R)], memberEdges.Select(e => e.Target).Order());
        Assert.Single(memberNodes, n => n.Type == "firearm");
        Assert.Empty(found.Value!);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Snapshot_MergeThenSplit_RebuildsWithinTheStampCheck(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        var first = await ResolveAsync(database, ResolvedKind.Person, seed.P1);
        var second = await ResolveAsync(database, ResolvedKind.Person, seed.P3);
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        await using var services = TestServices.For(database, time: clock, access: TestUsers.Analyst());
        string Key(long id) => NodeKeys.OfEntity(ChartNodeKind.Person, id);

        var before = await KeysAsync(services);
        var merged = await services.RunAsync<ChangeEntities, CommandResult<long>>(c => c.MergeAsync(new MergeInput(second, first, "Same fingerprints (AFIS 2024/77).")));
        clock.Advance(TimeSpan.FromSeconds(31));
        var afterMerge = await KeysAsync(services);
        var (_, mergedEdges) = await ElementsAsync(services, Key(first));
        var split = await services.RunAsync<ChangeEntities, CommandResult<long>>(c => c.SplitAsync(new SplitInput(first, [seed.P3], "AFIS hit withdrawn by forensics.")));
        clock.Advance(TimeSpan.FromSeconds(31));
        var afterSplit = await KeysAsync(services);

        Assert.Contains(Key(first), before);
        Assert.Contains(Key(second), before);
        Assert.Equal(first, merged.Value);
        Assert.Contains(Key(first), afterMerge);
        Assert.DoesNotContain(Key(second), afterMerge);
        Assert.Equal(2, mergedEdges.Count(e => e.Source == Key(first) && e.Target.StartsWith("incident:", StringComparison.Ordinal)));
        Assert.True(split.Succeeded);
        Assert.Contains(Key(first), afterSplit);
        Assert.Contains(Key(split.Value), afterSplit);
        Assert.DoesNotContain(Key(second), afterSplit);
    }

    private static async Task<long> ResolveAsync(TestDatabase database, ResolvedKind kind, params long[] records)
    {
        await using var db = database.CreateContext();
        var entity = new ResolvedEntity { Kind = kind };
        entity.Members.AddRange(records.Select(r => new EntityMembership { Kind = kind, RecordId = r, AssignedAtUtc = new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc) }));
        db.ResolvedEntities.Add(entity);
        await db.SaveChangesAsync();
        return entity.Id;
    }

    private static async Task<(long Incident, long Person)> AddIncidentAsync(TestDatabase database, string reference, Tlp tlp, Person person)
    {
        await using var db = database.CreateContext();
        var on = tlp == Tlp.Red ? new DateOnly(2024, 1, 1) : new DateOnly(2024, 2, 1);
        var incident = new Incident
        {
            Reference = reference, Kind = IncidentKind.Seizure, OccurredOn = on, OccurredAtUtc = on.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            MunicipalityId = 1, DirectorateId = 1, ReportingAgency = ReportingAgency.KosovoPolice, LegalContext = LegalContext.CriminalOffence,
            Narrative = "Seizure.", Tlp = tlp, HandlingCode = HandlingCode.H1,
        };
        incident.Persons.Add(new IncidentPerson { Person = person, Role = PersonRole.Suspect });
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        return (incident.Id, person.Id);
    }

    /// <summary>A car linked to a person record without a source incident: only that record's reach may show it.</summary>
    private static async Task<long> AddCarLearnedFromAsync(TestDatabase database, long person)
    {
        await using var db = database.CreateContext();
        var car = new Vehicle { Plate = "02-777-KS", PlateNormalised = "02777KS" };
        db.Vehicles.Add(car);
        await db.SaveChangesAsync();
        db.Links.Add(new EntityLink { FromKind = EntityKind.Person, FromId = person, ToKind = EntityKind.Vehicle, ToId = car.Id, Type = LinkType.Drives, Confidence = 0.9 });
        await db.SaveChangesAsync();
        return car.Id;
    }

    private static async Task<(IReadOnlyList<ChartNode> Nodes, IReadOnlyList<ChartEdge> Edges)> ElementsAsync(ServiceProvider services, string seed)
    {
        var result = await services.RunAsync<ExpandNeighbourhood, CommandResult<ExpandResult>>(e => e.HandleAsync(new ExpandRequest([seed], 1, Purpose: Purpose)));
        return (result.Value!.Elements.Nodes, result.Value.Elements.Edges);
    }

    private static async Task<HashSet<string>> KeysAsync(ServiceProvider services) =>
        await services.RunAsync<VisibleGraphs, HashSet<string>>(async g =>
        {
            var view = await g.GetAsync();
            return Enumerable.Range(0, view.Graph.NodeCount).Where(view.IsVisible).Select(v => view.Graph.IdOf(v).ToString()).ToHashSet();
        });
}
