using System.Text.Json;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Data;
using FocalPoint.Data.Bulk;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Import;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Import.Committing;

/// <summary>
/// Collects a chunk of accepted records and quarantined rows and writes them through <see cref="BulkWriter"/>, parents
/// before children, inside the caller's transaction. Stamps, references, word and personal-number indexes and provenance
/// are set here, since the bulk path bypasses the change tracker and its interceptors.
/// </summary>
internal sealed class ChunkWriter(
    FocalPointDbContext db, ReferenceSnapshot reference, FieldIndex index, ImportBatch batch, IReadOnlyList<string> headers, string user, DateTime now)
{
    private readonly IdAllocator ids = new(db);
    private readonly ReferenceNumbers references = new(db);
    private readonly IncidentTerms incidentTerms = new(index);
    private readonly List<ImportCandidate> accepted = [];
    private readonly List<ImportCandidate> quarantined = [];

    public int Pending => accepted.Count + quarantined.Count;

    public long Persons { get; private set; }

    public long Rows { get; private set; }

    public void Accept(ImportCandidate candidate) => accepted.Add(candidate);

    public void Quarantine(ImportCandidate candidate) => quarantined.Add(candidate);

    public async Task FlushAsync(CancellationToken ct)
    {
        var incidentIds = await ids.TakeAsync<Incident>(accepted.Count, ct);
        var recordIds = await ids.TakeAsync<ImportRecord>(accepted.Count, ct);
        var incidents = new List<Incident>(accepted.Count);
        var records = new List<ImportRecord>(accepted.Count);
        var terms = new List<IncidentSearchTerm>(accepted.Count * 12);
        for (var i = 0; i < accepted.Count; i++)
        {
            var candidate = accepted[i];
            var incident = new Incident { Id = incidentIds[i], CreatedAtUtc = now, CreatedBy = user, Version = 1 };
            IncidentMapper.Apply(candidate.Input!, incident, reference);
            incident.OccurredAtUtc = candidate.Parsed[0].OccurredAtUtc ?? incident.OccurredAtUtc;
            incidents.Add(incident);

            records.Add(new ImportRecord
            {
                Id = recordIds[i], BatchId = batch.Id, Source = batch.Source, SourceKey = candidate.SourceKey, KeyHash = candidate.KeyHash,
                ContentHash = candidate.ContentHash, RecordKind = nameof(Incident), RecordId = incident.Id, RowNumber = candidate.FirstRow,
                RowCount = candidate.Rows.Count,
            });
        }

        await references.AssignAsync(incidents, ct);
        foreach (var incident in incidents)
        {
            // The search terms include the reference, so they come after it is assigned.
            terms.AddRange(incidentTerms.For(incident, incident.Firearms).Select(h => new IncidentSearchTerm { IncidentId = incident.Id, TermHash = h }));
        }

        await BulkWriter.InsertAsync(db, incidents, ct);
        await BulkWriter.InsertAsync(db, terms, ct);
        await SearchPrefixWriter.AddAsync(db, incidentTerms.NewPrefixes, bulk: false, ct);
        incidentTerms.NewPrefixes.Clear();
        await WriteItemsAsync(incidents, ct);
        await WritePersonsAsync(incidents, ct);
        await BulkWriter.InsertAsync(db, records, ct);
        await WriteQuarantineAsync(ct);
        Rows += incidents.Count + terms.Count + records.Count;
        accepted.Clear();
        quarantined.Clear();
    }

    private async Task WriteItemsAsync(List<Incident> incidents, CancellationToken ct)
    {
        var firearms = incidents.SelectMany(i => i.Firearms.Select(f => (i, f))).ToList();
        var ammunition = incidents.SelectMany(i => i.Ammunition.Select(a => (i, a))).ToList();
        var explosives = incidents.SelectMany(i => i.Explosives.Select(e => (i, e))).ToList();
        await WriteChildrenAsync(firearms, ct);
        await WriteChildrenAsync(ammunition, ct);
        await WriteChildrenAsync(explosives, ct);
    }

    private async Task WriteChildrenAsync<T>(List<(Incident Incident, T Item)> items, CancellationToken ct)
        where T : Domain.Common.AuditableEntity
    {
        var itemIds = await ids.TakeAsync<T>(items.Count, ct);
        var rows = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i].Item;
            item.Id = itemIds[i];
            SetIncident(item, items[i].Incident.Id);
            (item.CreatedAtUtc, item.CreatedBy, item.Version) = (now, user, 1);
            rows.Add(item);
        }

        await BulkWriter.InsertAsync(db, rows, ct);
        Rows += rows.Count;
    }

    private static void SetIncident(object item, long incidentId)
    {
        switch (item)
        {
            case Firearm f: f.IncidentId = incidentId; break;
            case Ammunition a: a.IncidentId = incidentId; break;
            case Explosive e: e.IncidentId = incidentId; break;
        }
    }

    private async Task WritePersonsAsync(List<Incident> incidents, CancellationToken ct)
    {
        var count = accepted.Sum(c => c.Persons.Count);
        var personIds = await ids.TakeAsync<Person>(count, ct);
        var linkIds = await ids.TakeAsync<IncidentPerson>(count, ct);
        var persons = new List<Person>(count);
        var links = new List<IncidentPerson>(count);
        for (var i = 0; i < accepted.Count; i++)
        {
            foreach (var input in accepted[i].Persons)
            {
                var n = persons.Count;
                persons.Add(new Person
                {
                    Id = personIds[n], GivenName = input.GivenName.Trim(), FamilyName = input.FamilyName.Trim(), FatherName = input.FatherName?.Trim(),
                    OriginalScriptName = input.OriginalScriptName?.Trim(),
                    DateOfBirth = input.DateOfBirth, Sex = input.Sex, Nationality = input.Nationality, PersonalNumber = input.PersonalNumber?.Trim(),
                    PersonalNumberIndex = index.PersonalNumber(input.PersonalNumber), CreatedAtUtc = now, CreatedBy = user, Version = 1,
                });
                links.Add(new IncidentPerson { Id = linkIds[n], IncidentId = incidents[i].Id, PersonId = personIds[n], Role = input.Role });
            }
        }

        await BulkWriter.InsertAsync(db, persons, ct);
        await BulkWriter.InsertAsync(db, links, ct);
        Persons += persons.Count;
        Rows += persons.Count + links.Count;
    }

    private async Task WriteQuarantineAsync(CancellationToken ct)
    {
        var rows = quarantined.SelectMany(c => c.Rows.Select(r => (Candidate: c, Row: r))).ToList();
        var rowIds = await ids.TakeAsync<QuarantinedRow>(rows.Count, ct);
        var entities = rows.Select((r, i) => new QuarantinedRow
        {
            Id = rowIds[i], BatchId = batch.Id, RowNumber = r.Row.RowNumber, ValuesJson = ValuesJson(r.Row),
            ErrorsJson = JsonSerializer.Serialize(r.Candidate.Errors.Where(e => e.Row == r.Row.RowNumber || r.Candidate.Rows.Count == 1).ToList()),
        }).ToList();
        await BulkWriter.InsertAsync(db, entities, ct);
    }

    private string ValuesJson(Reading.SourceRow row)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count && i < row.Values.Count; i++)
        {
            values.TryAdd(headers[i], row.Values[i]);
        }

        return JsonSerializer.Serialize(values);
    }
}
