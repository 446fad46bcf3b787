using System.IO.Compression;
using System.Xml.Linq;
using FocalPoint.Application.Common;
using FocalPoint.Application.Network;
using FocalPoint.Application.Network.Export;
using FocalPoint.Application.Network.Saved;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Network;

/// <summary>GraphML and CSV exports, and charts saved with a case.</summary>
public sealed class ChartFilesTests
{
    private const string Purpose = "Case C-2023-001 analysis";
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportGraphMl_ChartNodes_WritesTypedNodesLinksAndPositionsAndAuditsTheExport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        LaidOutNode[] nodes = [new(NodeKeys.Of(ChartNodeKind.Person, seed.P1), 10, 20), new(NodeKeys.Of(ChartNodeKind.Vehicle, seed.V1), 110, 20), new(NodeKeys.Of(ChartNodeKind.Incident, seed.R), 0, 0)];

        var file = (await services.RunAsync<ExportChart, CommandResult<ChartFile>>(e => e.HandleAsync(new ChartExportRequest(ChartExportFormat.GraphMl, nodes, Purpose)))).Value!;

        var xml = XDocument.Load(new MemoryStream(file.Content));
        var graphNodes = xml.Descendants(GraphMl + "node").ToList();
        Assert.Equal("link-chart.graphml", file.FileName);
        Assert.Equal([NodeKeys.Of(ChartNodeKind.Person, seed.P1), NodeKeys.Of(ChartNodeKind.Vehicle, seed.V1)], graphNodes.Select(n => (string)n.Attribute("id")!).Order());
        Assert.Equal("Arben Krasniqi", Data(graphNodes.First(n => ((string)n.Attribute("id")!).StartsWith("person", StringComparison.Ordinal)), "label"));
        Assert.Equal("110", Data(graphNodes.Single(n => ((string)n.Attribute("id")!).StartsWith("vehicle", StringComparison.Ordinal)), "x"));
        var edge = Assert.Single(xml.Descendants(GraphMl + "edge"));
        Assert.Equal(("Drives", "0.9", "2023-03-01"), (Data(edge, "etype"), Data(edge, "weight"), Data(edge, "edate")));
        var entry = Assert.Single(services.GetRequiredService<RecordingAuditLog>().Events);
        Assert.Equal((AuditAction.Export, Purpose), (entry.Action, entry.Purpose));
        Assert.Equal([$"Person/{seed.P1}"], entry.RecordIds);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportCsv_ChartNodes_ZipsNodesAndEdgesWithDocumentedColumns(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        LaidOutNode[] nodes = [new(NodeKeys.Of(ChartNodeKind.Firearm, seed.F1), 1, 2), new(NodeKeys.Of(ChartNodeKind.Incident, seed.A), 3, 4)];

        var file = (await services.RunAsync<ExportChart, CommandResult<ChartFile>>(e => e.HandleAsync(new ChartExportRequest(ChartExportFormat.Csv, nodes)))).Value!;

        using var zip = new ZipArchive(new MemoryStream(file.Content));
        var nodeLines = await LinesAsync(zip, "nodes.csv");
        var edgeLines = await LinesAsync(zip, "edges.csv");
        Assert.Equal("Id,Type,Label,Detail,Date,RecordId,X,Y", nodeLines[0]);
        Assert.Equal(3, nodeLines.Length);
        Assert.Contains(nodeLines, l => l.StartsWith($"incident:{seed.A},incident,FP-2023-000101,Seizure,2023-03-01,{seed.A},3,4", StringComparison.Ordinal));
        Assert.Equal("Id,Source,Target,Type,Date,Weight", edgeLines[0]);
        Assert.Equal($"RecordedIn:firearm:{seed.F1}:incident:{seed.A},firearm:{seed.F1},incident:{seed.A},RecordedIn,2023-03-01,1", edgeLines[1]);
        Assert.Empty(services.GetRequiredService<RecordingAuditLog>().Events);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SavedChart_RoundTrip_ReopensForTheTeamAndHidesWhatAReaderCannotSee(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        await using var member = TestServices.For(database, access: TestUsers.Analyst(ChartSeed.Member, cases: seed.CaseId));
        await using var outsider = TestServices.For(database, access: TestUsers.Analyst("outsider"));
        var layout = new ChartLayout(
            [new(NodeKeys.Of(ChartNodeKind.Person, seed.P4), 5, 6, Pinned: true, Group: "group:1"), new(NodeKeys.Of(ChartNodeKind.Incident, seed.R), 50, 60, Hidden: true),
             new(NodeKeys.Of(ChartNodeKind.Identifier, seed.Phone), -5, 7, Group: "group:1")],
            [new ChartGroup("group:1", "Phone users")], new ChartFilter(["person", "incident"]), "timeline", ColourByCommunity: true);

        var id = (await member.RunAsync<SaveChart, CommandResult<long>>(s => s.HandleAsync(new SaveChartRequest(seed.CaseId, "Red network", layout)))).Value;
        var opened = (await member.RunAsync<OpenChart, CommandResult<OpenedChart>>(o => o.HandleAsync(id, Purpose))).Value!;
        var list = await member.RunAsync<ListCaseCharts, IReadOnlyList<SavedChartRow>>(l => l.HandleAsync(seed.CaseId));
        var notOnTeam = await outsider.RunAsync<OpenChart, CommandResult<OpenedChart>>(o => o.HandleAsync(id, Purpose));
        var elsewhere = await outsider.RunAsync<SaveChart, CommandResult<long>>(s => s.HandleAsync(new SaveChartRequest(seed.CaseId, "Mine", layout)));
        var invalid = await member.RunAsync<SaveChart, CommandResult<long>>(s => s.HandleAsync(new SaveChartRequest(seed.CaseId, " ", layout with { Nodes = [new("nonsense", 0, 0)] })));

        Assert.Equal(layout.Nodes, opened.Layout.Nodes);
        Assert.Equal(layout.Groups, opened.Layout.Groups);
        Assert.Equal(("timeline", true, false), (opened.Layout.Layout, opened.Layout.ColourByCommunity, opened.Withheld));
        Assert.Equal(3, opened.Elements.Nodes.Count);
        Assert.Equal(("Red network", 3, "C-2023-001"), (Assert.Single(list).Title, list[0].NodeCount, list[0].CaseReference));
        Assert.True(notOnTeam.NotFound);
        Assert.True(elsewhere.NotFound);
        Assert.Equal(["Layout", "Title"], invalid.Errors!.ToDictionary().Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SavedChart_ReaderOnTheTeamWithoutTheRedIncident_SeesOnlyTheirPart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await ChartSeed.AddAsync(database);
        await using (var db = database.CreateContext())
        {
            db.Cases.Add(new Domain.Cases.Case { Reference = "C-2023-002", Title = "Second", Owner = "other" });
            await db.SaveChangesAsync();
        }

        var second = seed.CaseId + 1;
        await using var author = TestServices.For(database, access: TestUsers.Analyst(ChartSeed.Member, cases: [seed.CaseId, second]));
        await using var other = TestServices.For(database, access: TestUsers.Analyst("other", cases: second));
        var layout = new ChartLayout([new(NodeKeys.Of(ChartNodeKind.Person, seed.P4), 0, 0), new(NodeKeys.Of(ChartNodeKind.Incident, seed.A), 1, 1)]);
        var id = (await author.RunAsync<SaveChart, CommandResult<long>>(s => s.HandleAsync(new SaveChartRequest(second, "Shared", layout)))).Value;

        var opened = (await other.RunAsync<OpenChart, CommandResult<OpenedChart>>(o => o.HandleAsync(id, Purpose))).Value!;

        Assert.True(opened.Withheld);
        Assert.Equal([NodeKeys.Of(ChartNodeKind.Incident, seed.A)], opened.Elements.Nodes.Select(n => n.Key));
        Assert.Equal([NodeKeys.Of(ChartNodeKind.Incident, seed.A)], opened.Layout.Nodes.Select(n => n.Key));
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(GraphMl + "data").SingleOrDefault(d => (string)d.Attribute("key")! == key)?.Value;

    private static async Task<string[]> LinesAsync(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return (await reader.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
