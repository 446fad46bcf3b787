using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FocalPoint.Data.Protection;

/// <summary>
/// Keeps the search indexes of encrypted columns in step with every tracked save, in the same transaction:
/// a person's personal-number hash and an incident's narrative word hashes. Bulk writes bypass the change
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
        var incidents = db.ChangeTracker.Entries<Incident>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified
                && (e.Property(i => i.Narrative).IsModified || e.Property(i => i.Address).IsModified || e.Property(i => i.Reference).IsModified))).ToList();
        if (persons.Count == 0 && incidents.Count == 0)
        {
            return;
        }

        var index = await protection.GetIndexAsync(db, cancellationToken);
        foreach (var person in persons)
        {
            person.Entity.PersonalNumberIndex = index.PersonalNumber(person.Entity.PersonalNumber);
        }

        foreach (var incident in incidents)
        {
            var wanted = index.IncidentWords(incident.Entity);
            var existing = incident.State == EntityState.Added
                ? []
                : await db.IncidentSearchTerms.Where(t => t.IncidentId == incident.Entity.Id).ToListAsync(cancellationToken);
            db.IncidentSearchTerms.RemoveRange(existing.Where(t => !wanted.Contains(t.TermHash)));
            var kept = existing.Select(t => t.TermHash).ToHashSet();
            db.IncidentSearchTerms.AddRange(wanted.Where(h => !kept.Contains(h)).Select(h => new IncidentSearchTerm { Incident = incident.Entity, TermHash = h }));
        }
    }
}
