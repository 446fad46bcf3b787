using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Indicators.Catalogue;

/// <summary>One version of a definition as the editor lists it: number, when, by whom, why, and its English text.</summary>
public sealed record IndicatorVersionEntry(int Number, DateTime SavedAtUtc, string SavedBy, string Reason, string NameEn, string Definition, string Formula);

/// <summary>An indicator as the editor opens it: the version in force, ready to change, and every version before it.</summary>
public sealed record IndicatorForEdit(string Id, int Version, IndicatorDefinitionInput Input, IReadOnlyList<IndicatorVersionEntry> Versions);

/// <summary>Reads one catalogue entry for the administrators' editor, with its history newest first.</summary>
public sealed class GetIndicatorVersions(FocalPointDbContext db)
{
    public async Task<IndicatorForEdit?> HandleAsync(string id, CancellationToken cancellationToken = default)
    {
        var found = await db.IndicatorDefinitions.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { Definition = d, Kpi = (int?)d.Kpi!.Number }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var versions = await db.IndicatorDefinitionVersions.AsNoTracking().Where(v => v.IndicatorId == id).OrderByDescending(v => v.Number)
            .Select(v => new IndicatorVersionEntry(v.Number, v.CreatedAtUtc, v.CreatedBy, v.Reason, v.NameEn, v.Definition, v.Formula))
            .ToListAsync(cancellationToken);
        return new IndicatorForEdit(id, found.Definition.Version, IndicatorDefinitionInput.From(found.Definition, found.Kpi), versions);
    }
}
