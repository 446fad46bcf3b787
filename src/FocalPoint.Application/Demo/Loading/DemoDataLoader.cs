using FocalPoint.Data;
using FocalPoint.Data.Bulk;
using FocalPoint.Data.Protection;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Demo.Loading;

/// <summary>Progress of a demo load: incidents written so far.</summary>
public sealed record DemoLoadProgress(long Incidents, long Rows);

/// <summary>Streams the demo generator into the database through the bulk path, in one transaction.</summary>
public sealed class DemoDataLoader(FocalPointDbContext db)
{
    public async Task<DemoLoadProgress> LoadAsync(
        DemoGenerator generator, IProgress<DemoLoadProgress>? progress = null, Action<DemoBatch>? onBatch = null, CancellationToken cancellationToken = default)
    {
        long incidents = 0, rows = 0;
        // Before the transaction: a first use may have to create the key ring and the index secret.
        var index = await FieldProtection.Of(db).GetIndexAsync(db, cancellationToken);
        var terms = new IncidentTerms(index);
        // An empty prefix dictionary takes the bulk path, as IncidentTerms hands out each row once per load.
        var bulkPrefixes = !await db.SearchPrefixes.AnyAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var batch in generator.Generate())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows += await WriteAsync(batch, index, terms, bulkPrefixes, cancellationToken);
            incidents += batch.Incidents.Count;
            onBatch?.Invoke(batch);
            progress?.Report(new DemoLoadProgress(incidents, rows));
        }

        var referrals = generator.GenerateReferrals();
        await BulkWriter.InsertAsync(db, referrals.Referrals, cancellationToken);
        await BulkWriter.InsertAsync(db, referrals.History, cancellationToken);
        await BulkWriter.InsertAsync(db, referrals.Assessments, cancellationToken);
        await BulkWriter.InsertAsync(db, referrals.Panels, cancellationToken);
        await BulkWriter.InsertAsync(db, referrals.Support, cancellationToken);
        await BulkWriter.InsertAsync(db, referrals.Reviews, cancellationToken);
        await BulkWriter.InsertAsync(db, generator.GenerateRiskAssessments(), cancellationToken);
        await SafetyDemoWriter.WriteAsync(db, generator.GenerateSafety(), cancellationToken);
        await BulkWriter.ResetIdentitiesAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The lost-and-stolen check runs as after an import: stolen licensed guns seized later become hits.
        var time = TimeProvider.System;
        await new Tracing.Stolen.CheckStolen(db, new Tracing.Stolen.StolenRegister(time), time, Notifications.Notify.AsSystem(db, time)).CheckIncidentsAsync(db.Incidents.Select(i => i.Id), cancellationToken);
        return new DemoLoadProgress(incidents, rows);
    }

    /// <summary>Parents before children, so that foreign keys hold at every row.</summary>
    /// <remarks>
    /// The bulk path encrypts through the model's converters, but bypasses the change tracker and so the index
    /// interceptor: the personal-number hashes and incident search terms are written here.
    /// </remarks>
    private async Task<long> WriteAsync(DemoBatch batch, FieldIndex index, IncidentTerms incidentTerms, bool bulkPrefixes, CancellationToken ct)
    {
        await BulkWriter.InsertAsync(db, batch.Incidents, ct);
        var firearms = batch.Firearms.ToLookup(f => f.IncidentId);
        var terms = batch.Incidents
            .SelectMany(i => incidentTerms.For(i, firearms[i.Id]).Select(h => new IncidentSearchTerm { IncidentId = i.Id, TermHash = h })).ToList();
        await BulkWriter.InsertAsync(db, terms, ct);
        var prefixes = incidentTerms.NewPrefixes.Count;
        await SearchPrefixWriter.AddAsync(db, incidentTerms.NewPrefixes, bulkPrefixes, ct);
        incidentTerms.NewPrefixes.Clear();
        foreach (var person in batch.Persons)
        {
            person.PersonalNumberIndex = index.PersonalNumber(person.PersonalNumber);
        }

        await BulkWriter.InsertAsync(db, batch.Firearms, ct);
        await BulkWriter.InsertAsync(db, batch.Ammunition, ct);
        await BulkWriter.InsertAsync(db, batch.Explosives, ct);
        await BulkWriter.InsertAsync(db, batch.Components, ct);
        await BulkWriter.InsertAsync(db, batch.Persons, ct);
        await BulkWriter.InsertAsync(db, batch.IncidentPersons, ct);
        await BulkWriter.InsertAsync(db, batch.Organisations, ct);
        await BulkWriter.InsertAsync(db, batch.Vehicles, ct);
        await BulkWriter.InsertAsync(db, batch.CommunicationIdentifiers, ct);
        await BulkWriter.InsertAsync(db, batch.Locations, ct);
        await BulkWriter.InsertAsync(db, batch.Links, ct);
        await BulkWriter.InsertAsync(db, batch.Cases, ct);
        await BulkWriter.InsertAsync(db, batch.CaseMembers, ct);
        await BulkWriter.InsertAsync(db, batch.CaseIncidents, ct);
        await BulkWriter.InsertAsync(db, batch.CaseHistory, ct);
        await BulkWriter.InsertAsync(db, batch.CaseTasks, ct);
        await BulkWriter.InsertAsync(db, batch.CaseJournal, ct);
        await BulkWriter.InsertAsync(db, batch.TraceRequests, ct);
        await BulkWriter.InsertAsync(db, batch.TraceResults, ct);
        await BulkWriter.InsertAsync(db, batch.BallisticExaminations, ct);
        await BulkWriter.InsertAsync(db, batch.BallisticLeads, ct);
        return (long)batch.Incidents.Count + terms.Count + prefixes + batch.Firearms.Count + batch.Ammunition.Count + batch.Explosives.Count + batch.Components.Count
            + batch.Persons.Count + batch.IncidentPersons.Count + batch.Organisations.Count + batch.Vehicles.Count
            + batch.CommunicationIdentifiers.Count + batch.Locations.Count + batch.Links.Count + batch.Cases.Count + batch.CaseMembers.Count
            + batch.CaseIncidents.Count + batch.CaseHistory.Count + batch.CaseTasks.Count + batch.CaseJournal.Count + batch.TraceRequests.Count + batch.TraceResults.Count
            + batch.BallisticExaminations.Count + batch.BallisticLeads.Count;
    }
}
