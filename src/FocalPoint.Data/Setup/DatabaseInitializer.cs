using FocalPoint.Data.Auditing;
using FocalPoint.Data.Protection;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Data.Setup;

/// <summary>Brings the database to the current schema and seeds reference data; safe to run at every start.</summary>
public sealed class DatabaseInitializer(FocalPointDbContext db)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while the importer writes; the setting is stored in the file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        await AuditTriggers.EnsureAsync(db, cancellationToken);
        // Creates the key ring and the search-index secret now, outside any later bulk transaction that would
        // otherwise have to write them from a second connection (SQLite allows one writer).
        if (FieldProtection.Find(db) is { } protection)
        {
            await protection.GetIndexAsync(db, cancellationToken);
        }

        if (!await db.Directorates.AnyAsync(cancellationToken))
        {
            await SeedReferenceDataAsync(cancellationToken);
        }

        // Checked apart from the reference data: a database made before the catalogue existed gets it on its next start.
        if (!await db.IndicatorDefinitions.AnyAsync(cancellationToken))
        {
            await SeedIndicatorCatalogueAsync(cancellationToken);
        }
        else
        {
            await AddNewIndicatorsAsync(cancellationToken);
        }
    }

    /// <summary>Indicators shipped after the catalogue was seeded are added; those already there are the administrators'.</summary>
    private async Task AddNewIndicatorsAsync(CancellationToken cancellationToken)
    {
        var known = await db.IndicatorDefinitions.Select(i => i.Id).ToListAsync(cancellationToken);
        var added = IndicatorCatalogueSeed.Load().Indicators.Where(i => !known.Contains(i.Id)).ToList();
        if (added.Count == 0)
        {
            return;
        }

        db.IndicatorDefinitions.AddRange(added);
        db.IndicatorDefinitionVersions.AddRange(added.Select(i => IndicatorDefinitionVersion.Of(i, reason: "")));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task SeedIndicatorCatalogueAsync(CancellationToken cancellationToken)
    {
        var catalogue = IndicatorCatalogueSeed.Load();
        if (!await db.RoadmapGoals.AnyAsync(cancellationToken))
        {
            db.RoadmapGoals.AddRange(catalogue.Goals);
            db.RoadmapKpis.AddRange(catalogue.Kpis);
            db.RoadmapKpiGoals.AddRange(catalogue.KpiGoals);
        }

        db.IndicatorDefinitions.AddRange(catalogue.Indicators);
        db.IndicatorDefinitionVersions.AddRange(catalogue.Indicators.Select(i => IndicatorDefinitionVersion.Of(i, reason: "")));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task SeedReferenceDataAsync(CancellationToken cancellationToken)
    {
        var reference = ReferenceDataCatalog.Load();
        db.Directorates.AddRange(reference.Directorates);
        db.Municipalities.AddRange(reference.Municipalities);
        db.CrossingPoints.AddRange(reference.CrossingPoints);
        db.Countries.AddRange(reference.Countries);
        db.Calibres.AddRange(reference.Calibres);
        db.FirearmTypes.AddRange(reference.FirearmTypes);
        db.Makes.AddRange(reference.Makes);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
