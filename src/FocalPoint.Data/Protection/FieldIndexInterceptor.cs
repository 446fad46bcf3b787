using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FocalPoint.Data.Protection;

/// <summary>
/// Keeps the search indexes of encrypted columns in step with every tracked save, in the same transaction:
/// a person's personal-number hash and an incident's search terms (<see cref="IncidentTerms"/>). Bulk writes bypass the change
/// tracker and write both themselves (DemoDataLoader).
/// </summary>
internal sealed class FieldIndexInterceptor(FieldProtection protection) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is FocalPointDbContext db)
        {
            await UpdateAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is FocalPointDbContext db)
        {
            // Only the data-protection key store saves synchronously, and it touches neither persons nor incidents.
            UpdateAsync(db, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    private async ValueTask UpdateAsync(FocalPointDbContext db, CancellationToken cancellationToken)
    {
        var persons = db.ChangeTracker.Entries<Person>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(p => p.PersonalNumber).IsModified)).ToList();
        var incidents = await ChangedIncidentsAsync(db, cancellationToken);
        if (persons.Count == 0 && incidents.Count == 0)
        {
            return;
        }

        var index = await protection.GetIndexAsync(db, cancellationToken);
        foreach (var person in persons)
        {
            person.Entity.PersonalNumberIndex = index.PersonalNumber(person.Entity.PersonalNumber);
        }

        var terms = new IncidentTerms(index);
        foreach (var incident in incidents)
        {
            var firearms = incident.Firearms.Where(f => db.Entry(f).State != EntityState.Deleted);
            var wanted = terms.For(incident, firearms);
            var existing = db.Entry(incident).State == EntityState.Added
                ? []
                : await db.IncidentSearchTerms.Where(t => t.IncidentId == incident.Id).ToListAsync(cancellationToken);
            db.IncidentSearchTerms.RemoveRange(existing.Where(t => !wanted.Contains(t.TermHash)));
            var kept = existing.Select(t => t.TermHash).ToHashSet();
            db.IncidentSearchTerms.AddRange(wanted.Where(h => !kept.Contains(h)).Select(h => new IncidentSearchTerm { Incident = incident, TermHash = h }));
        }

        // Outside the save's transaction: a dictionary row for a word that is then not saved expands to nothing.
        await SearchPrefixWriter.AddAsync(db, terms.NewPrefixes, bulk: false, cancellationToken);
    }

    /// <summary>Incidents whose indexed fields changed, or one of whose firearms was added, changed or removed.</summary>
    private static async Task<List<Incident>> ChangedIncidentsAsync(FocalPointDbContext db, CancellationToken cancellationToken)
    {
        var incidents = db.ChangeTracker.Entries<Incident>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified
                && (e.Property(i => i.Narrative).IsModified || e.Property(i => i.Address).IsModified || e.Property(i => i.Reference).IsModified
                    || e.Property(i => i.MunicipalityId).IsModified)))
            .Select(e => e.Entity).ToList();
        var byFirearm = db.ChangeTracker.Entries<Firearm>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted || (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified)))
            .Select(e => e.Entity.Incident?.Id ?? e.Entity.IncidentId).Distinct().ToList();
        foreach (var id in byFirearm.Where(id => incidents.TrueForAll(i => i.Id != id)))
        {
            var incident = db.Incidents.Local.FirstOrDefault(i => i.Id == id)
                ?? await db.Incidents.Include(i => i.Firearms).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (incident is not null)
            {
                incidents.Add(incident);
            }
        }

        return incidents;
    }
}
