using System.Globalization;
using System.Diagnostics;
using FocalPoint.Data;
using FocalPoint.Domain.Ballistics;
using FocalPoint.Domain.Links;
using FocalPoint.Network;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Network.Snapshot;

/// <summary>
/// Reads the registry in bulk (no-tracking projections streamed row by row) into a <see cref="RegistrySnapshot"/>:
/// nodes for incidents, municipalities, persons, firearms, vehicles, identifiers, organisations and locations; links
/// from the Links table (typed, dated by ValidFrom, weighted by confidence) and from membership (person and firearm
/// in incident, incident and location in municipality, weight 1, dated by the incident). Person and firearm records
/// become the node of their resolved entity when <see cref="INodeIdentityResolver"/> says so.
/// </summary>
public sealed class RegistrySnapshotBuilder(FocalPointDbContext db, INodeIdentityResolver identity)
{
    public const string FirearmInIncident = "RecordedIn";
    public const string IncidentInMunicipality = "OccurredIn";
    public const string LocationInMunicipality = "LocatedIn";
    public const string BallisticHit = "BallisticHit";

    private readonly GraphBuilder graph = new();
    private readonly SnapshotNodes nodes = new();
    private readonly Dictionary<(ChartNodeKind, long), int> index = [];
    private readonly List<int> linkIncident = [];
    private readonly List<long> linkRecordIds = [];
    private readonly Dictionary<int, EntityLinkEnds> entityLinkEnds = [];

    public static async Task<RegistryStamp> StampAsync(FocalPointDbContext db, CancellationToken cancellationToken) => new(
        await MaxAndCount(db.Incidents.Select(i => i.Id), cancellationToken),
        // A confirmed ballistic lead is an in-place edit: counting the confirmed ones lets the stamp see it.
        await MaxAndCount(db.Links.Select(i => i.Id), cancellationToken)
            ^ await MaxAndCount(db.BallisticLeads.Where(l => l.State == BallisticLeadState.Confirmed).Select(l => l.Id), cancellationToken) * 31,
        await MaxAndCount(db.IncidentPersons.Select(i => i.Id), cancellationToken),
        await MaxAndCount(db.Firearms.Select(i => i.Id), cancellationToken),
        await MaxAndCount(db.Persons.Select(i => i.Id), cancellationToken),
        await MaxAndCount(db.Vehicles.Select(i => i.Id), cancellationToken) ^ await MaxAndCount(db.CommunicationIdentifiers.Select(i => i.Id), cancellationToken) * 31
            ^ await MaxAndCount(db.Organisations.Select(i => i.Id), cancellationToken) * 961 ^ await MaxAndCount(db.Locations.Select(i => i.Id), cancellationToken) * 29791,
        await MaxAndCount(db.EntityMemberships.Select(m => m.Id), cancellationToken) ^ await MaxAndCount(db.EntityHistory.Select(h => h.Id), cancellationToken) * 31,
        (await db.Incidents.MaxAsync(i => i.UpdatedAtUtc, cancellationToken))?.Ticks ?? 0);

    public async Task<RegistrySnapshot> BuildAsync(long build, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var stamp = await StampAsync(db, cancellationToken);
        await identity.PrepareAsync(db, cancellationToken);
        await AddPlacesAsync(cancellationToken);
        await AddIncidentsAsync(cancellationToken);
        await AddPartiesAsync(cancellationToken);
        await AddExplicitLinksAsync(cancellationToken);
        await AddBallisticHitsAsync(cancellationToken);
        nodes.Trim();
        return new RegistrySnapshot(graph.Build(), nodes, [.. linkIncident], [.. linkRecordIds], entityLinkEnds, stamp, build, clock.Elapsed);
    }

    private static async Task<long> MaxAndCount(IQueryable<long> ids, CancellationToken cancellationToken) =>
        ((await ids.MaxAsync(i => (long?)i, cancellationToken) ?? 0) * 1_000_003) + await ids.LongCountAsync(cancellationToken);

    private async Task AddPlacesAsync(CancellationToken cancellationToken)
    {
        await foreach (var m in db.Municipalities.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.NameEn }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Node(ChartNodeKind.Municipality, m.Id, m.NameEn, null, 0);
        }

        await foreach (var l in db.Locations.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Id, l.Name, l.Address, l.MunicipalityId }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var node = Node(ChartNodeKind.Location, l.Id, l.Name, l.Address, 0);
            if (l.MunicipalityId is { } municipality && index.TryGetValue((ChartNodeKind.Municipality, municipality), out var place))
            {
                Link(node, place, LocationInMunicipality, null, 1, -1, 0);
            }
        }
    }

    private async Task AddIncidentsAsync(CancellationToken cancellationToken)
    {
        var types = await db.FirearmTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.NameEn, cancellationToken);
        var makes = await db.Makes.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        await foreach (var i in db.Incidents.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Reference, i.Kind, i.OccurredAtUtc, i.MunicipalityId, i.Tlp, i.HandlingCode, i.ReportingAgency })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var node = Node(ChartNodeKind.Incident, i.Id, i.Reference, i.Kind.ToString(), i.OccurredAtUtc.Ticks);
            nodes.Mark(node, new IncidentMarking(i.Tlp, i.HandlingCode, i.ReportingAgency));
            if (i.MunicipalityId is { } municipality && index.TryGetValue((ChartNodeKind.Municipality, municipality), out var place))
            {
                Link(node, place, IncidentInMunicipality, i.OccurredAtUtc, 1, node, 0);
            }
        }

        await foreach (var f in db.Firearms.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.IncidentId, f.SerialAsWritten, f.MakeId, f.Model, f.FirearmTypeId }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var make = f.MakeId is { } m ? makes.GetValueOrDefault(m) : null;
            var label = $"{string.Join(' ', new[] { make, f.Model }.Where(s => !string.IsNullOrEmpty(s)))} {f.SerialAsWritten ?? "(no serial)"}".Trim();
            var node = Node(ChartNodeKind.Firearm, f.Id, label, types.GetValueOrDefault(f.FirearmTypeId), 0);
            if (index.TryGetValue((ChartNodeKind.Incident, f.IncidentId), out var incident))
            {
                Link(node, incident, FirearmInIncident, Date(incident), 1, incident, 0, f.Id, 0);
            }
        }

        await foreach (var p in db.Persons.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.DateOfBirth }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Node(ChartNodeKind.Person, p.Id, $"{p.GivenName} {p.FamilyName}".Trim(), p.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 0);
        }

        await foreach (var ip in db.IncidentPersons.AsNoTracking().OrderBy(ip => ip.Id)
            .Select(ip => new { ip.IncidentId, ip.PersonId, ip.Role }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (TryNode(ChartNodeKind.Person, ip.PersonId, out var person) && index.TryGetValue((ChartNodeKind.Incident, ip.IncidentId), out var incident))
            {
                Link(person, incident, ip.Role + "In", Date(incident), 1, incident, 0, ip.PersonId, 0);
            }
        }
    }

    private async Task AddPartiesAsync(CancellationToken cancellationToken)
    {
        await foreach (var v in db.Vehicles.AsNoTracking().OrderBy(v => v.Id).Select(v => new { v.Id, v.Plate, v.Make, v.Model }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Node(ChartNodeKind.Vehicle, v.Id, v.Plate, $"{v.Make} {v.Model}".Trim(), 0);
        }

        await foreach (var c in db.CommunicationIdentifiers.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Kind, c.Value }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Node(ChartNodeKind.Identifier, c.Id, c.Value, c.Kind.ToString(), 0);
        }

        await foreach (var o in db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Id, o.Name, o.Kind }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Node(ChartNodeKind.Organisation, o.Id, o.Name, o.Kind.ToString(), 0);
        }
    }

    private async Task AddExplicitLinksAsync(CancellationToken cancellationToken)
    {
        await foreach (var l in db.Links.AsNoTracking().OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.FromKind, l.FromId, l.ToKind, l.ToId, l.Type, l.SourceIncidentId, l.ValidFrom, l.Confidence })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // A link to a record that is gone (erased, rolled back) is left out rather than drawn to nothing.
            if (!TryNode(NodeKeys.FromEntityKind(l.FromKind), l.FromId, out var from) || !TryNode(NodeKeys.FromEntityKind(l.ToKind), l.ToId, out var to))
            {
                continue;
            }

            var source = l.SourceIncidentId is { } s && index.TryGetValue((ChartNodeKind.Incident, s), out var incident) ? incident : -1;
            if (l.SourceIncidentId is not null && source < 0)
            {
                continue;
            }

            DateTime? date = l.ValidFrom is { } d ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;
            Link(from, to, l.Type.ToString(), date, l.Confidence, source, l.Id, l.FromId, l.ToId);
        }
    }

    /// <summary>
    /// Confirmed ballistic hits join two scenes, or a scene and the test-fired firearm. The link is governed by the
    /// firearm's own incident when there is one, so a hit can never reveal a firearm whose incident the user cannot see
    /// (the scene end must be visible as well, like both ends of every link).
    /// </summary>
    private async Task AddBallisticHitsAsync(CancellationToken cancellationToken)
    {
        await foreach (var h in db.BallisticLeads.AsNoTracking().Where(l => l.State == BallisticLeadState.Confirmed).OrderBy(l => l.Id)
            .Select(l => new { A = l.Examination!.IncidentId, AF = l.Examination.FirearmId, B = l.MatchedExamination!.IncidentId, BF = l.MatchedExamination.FirearmId, l.DecidedOn })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!TryEnd(h.A, h.AF, out var from) || !TryEnd(h.B, h.BF, out var to) || !TryNode(ChartNodeKind.Incident, h.BF is null ? h.A : h.B, out var governing))
            {
                continue;
            }

            DateTime? date = h.DecidedOn is { } d ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;
            Link(from, to, BallisticHit, date, 1, governing, 0, h.AF ?? 0, h.BF ?? 0);
        }

        bool TryEnd(long incident, long? firearm, out int node) =>
            firearm is { } f ? TryNode(ChartNodeKind.Firearm, f, out node) : TryNode(ChartNodeKind.Incident, incident, out node);
    }

    private int Node(ChartNodeKind kind, long recordId, string label, string? detail, long ticks)
    {
        var id = Resolve(kind, recordId);
        if (id.IsEntity)
        {
            nodes.MemberDisplay[(kind, recordId)] = new MemberRecord(id.Id, label, detail);
        }

        if (index.TryGetValue(IndexKey(kind, id), out var existing))
        {
            return existing;
        }

        var node = graph.AddNode(NodeKeys.Of(kind, id), NodeKeys.TypeName(kind));
        index[IndexKey(kind, id)] = node;
        nodes.Add(kind, recordId, id.IsEntity ? id.Id : 0, label, detail, ticks);
        return node;
    }

    /// <summary>Entity ids are another number space than record ids: they are indexed as negative numbers.</summary>
    private static (ChartNodeKind, long) IndexKey(ChartNodeKind kind, NodeIdentity id) => (kind, id.IsEntity ? -id.Id : id.Id);

    private NodeIdentity Resolve(ChartNodeKind kind, long recordId) =>
        kind is ChartNodeKind.Person or ChartNodeKind.Firearm ? identity.IdentityOf(kind, recordId) : NodeIdentity.Record(recordId);

    private bool TryNode(ChartNodeKind kind, long recordId, out int node) => index.TryGetValue(IndexKey(kind, Resolve(kind, recordId)), out node);

    private DateTime? Date(int node) => nodes.DateTicks[node] == 0 ? null : new DateTime(nodes.DateTicks[node], DateTimeKind.Utc);

    /// <param name="fromRecord">The record the link was read from at its source end (used when that end is an entity node).</param>
    /// <param name="toRecord">Likewise at the target end.</param>
    private void Link(int from, int to, string type, DateTime? date, double weight, int governingIncident, long recordId, long fromRecord = 0, long toRecord = 0)
    {
        var fromEntity = nodes.EntityIds[from] != 0;
        var toEntity = nodes.EntityIds[to] != 0;
        if (fromEntity || toEntity)
        {
            entityLinkEnds[linkIncident.Count] = new EntityLinkEnds(fromEntity ? fromRecord : 0, toEntity ? toRecord : 0);
        }

        graph.AddLinkByIndex(from, to, type, date, weight);
        linkIncident.Add(governingIncident);
        linkRecordIds.Add(recordId);
    }
}
