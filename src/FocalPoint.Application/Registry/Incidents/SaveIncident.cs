using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>Records a new incident or corrects one; all or nothing, refused on a concurrent change.</summary>
public sealed class SaveIncident(
    FocalPointDbContext db, ReferenceCache referenceCache, IncidentValidator validator, IAccessContext accessContext, IAuditLog audit, Tracing.Stolen.CheckStolen stolenCheck)
{
    public async Task<CommandResult<long>> CreateAsync(IncidentInput input, CancellationToken cancellationToken = default)
    {
        var reference = await referenceCache.GetAsync(cancellationToken);
        var errors = validator.Validate(input, reference);
        if (errors.IsEmpty)
        {
            await IncidentParties.CheckIdsAsync(db, input, errors, cancellationToken);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var incident = new Incident();
        IncidentMapper.Apply(input, incident, reference);

        // The reference, the incident, its persons and the links of its vehicles and identifiers (which need its id) are
        // one change: a failed save gives its reference number back with the rest.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var year = incident.OccurredOn.Year;
        incident.Reference = ReferenceAllocator.Format(year, await ReferenceAllocator.ReserveAsync(db, year, 1, cancellationToken));
        db.Incidents.Add(incident);
        var persons = await IncidentParties.AddPersonsAsync(db, incident, input, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await IncidentParties.LinkThingsAsync(db, incident, input, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "Incident", [$"Incident/{incident.Id}", .. persons.Select(p => $"Person/{p.Id}")]), cancellationToken);
        await stolenCheck.CheckIncidentsAsync(db.Incidents.Where(i => i.Id == incident.Id).Select(i => i.Id), cancellationToken);
        return CommandResult<long>.Ok(incident.Id);
    }

    public async Task<CommandResult<long>> UpdateAsync(long id, IncidentInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var incident = await db.Incidents.VisibleTo(access, db)
            .Include(i => i.Firearms).Include(i => i.Ammunition).Include(i => i.Explosives).Include(i => i.Components)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (incident is null)
        {
            return CommandResult<long>.Missing();
        }

        if (incident.Version != input.Version)
        {
            return CommandResult<long>.Conflicted();
        }

        var reference = await referenceCache.GetAsync(cancellationToken);
        var errors = validator.Validate(input, reference);
        IncidentMapper.CheckItemIds(input, incident, errors);
        if (errors.IsEmpty)
        {
            await IncidentParties.CheckIdsAsync(db, input, errors, cancellationToken);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        db.Entry(incident).Property(i => i.Version).OriginalValue = input.Version;
        IncidentMapper.Apply(input, incident, reference);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var persons = await IncidentParties.AddPersonsAsync(db, incident, input, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<long>.Conflicted();
        }

        await IncidentParties.LinkThingsAsync(db, incident, input, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "Incident", [$"Incident/{incident.Id}", .. persons.Select(p => $"Person/{p.Id}")]), cancellationToken);
        await stolenCheck.AfterEditAsync(incident.Id, incident.Kind, cancellationToken);
        return CommandResult<long>.Ok(incident.Id);
    }
}
