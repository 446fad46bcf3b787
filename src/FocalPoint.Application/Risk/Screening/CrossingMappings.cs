using System.Text.Json;
using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Risk;
using FocalPoint.Risk.Crossings;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Risk.Screening;

/// <summary>A saved mapping: its name and each file column with the documented column it holds.</summary>
public sealed record SavedCrossingMapping(string Name, IReadOnlyDictionary<string, string> Columns, string UpdatedBy, DateTime UpdatedAtUtc);

/// <summary>
/// The named column mappings of crossings files (the import's mapping profiles, for crossings): listed for whoever
/// screens, saved under a name (saving an existing name replaces its columns), and audited as configuration changes.
/// </summary>
public sealed class CrossingMappings(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    /// <summary>Every saved mapping, by name; null without the screening capability.</summary>
    public async Task<IReadOnlyList<SavedCrossingMapping>?> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!(await accessContext.GetAsync(cancellationToken)).Holds(Capabilities.CrossingScreening)) return null;
        var rows = await db.CrossingMappings.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken);
        return [.. rows.Select(Saved)];
    }

    /// <summary>The mapping of that name, or null when there is none (or the caller may not screen).</summary>
    public async Task<SavedCrossingMapping?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!(await accessContext.GetAsync(cancellationToken)).Holds(Capabilities.CrossingScreening)) return null;
        var trimmed = name.Trim();
        var row = await db.CrossingMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Name == trimmed, cancellationToken);
        return row is null ? null : Saved(row);
    }

    /// <summary>Saves the columns under the name; refuses, and saves nothing, an empty or malformed mapping.</summary>
    public async Task<CommandResult<SavedCrossingMapping>> SaveAsync(string? name, IReadOnlyDictionary<string, string> columns, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.CrossingScreening)) return CommandResult<SavedCrossingMapping>.Missing();

        var errors = new ValidationErrors();
        TextRules.Check(errors, "Name", name, CrossingMapping.MaxNameLength, required: true);
        var clean = columns.Where(c => !string.IsNullOrWhiteSpace(c.Key) && !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key.Trim(), c => c.Value.Trim(), StringComparer.Ordinal);
        if (clean.Count == 0) errors.Add("Columns", RiskMessages.MappingEmpty);
        foreach (var target in clean.Values.Where(v => !CrossingColumns.IsDocumented(v)).Distinct()) errors.Add("Columns", RiskMessages.MappingNotDocumented, target);
        foreach (var twice in clean.Values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1)) errors.Add("Columns", RiskMessages.MappingTargetTwice, twice.Key);
        var json = JsonSerializer.Serialize(clean);
        if (json.Length > CrossingMapping.MaxColumnsLength) errors.Add("Columns", RiskMessages.MappingTooLong);
        if (!errors.IsEmpty) return CommandResult<SavedCrossingMapping>.Invalid(errors);

        var trimmed = name!.Trim();
        var row = await db.CrossingMappings.FirstOrDefaultAsync(m => m.Name == trimmed, cancellationToken);
        var replaced = row is not null;
        if (row is null) db.CrossingMappings.Add(row = new CrossingMapping { Name = trimmed });
        row.ColumnsJson = json;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another user saved the same name (new) or changed it (existing) a moment ago: theirs stands.
            return CommandResult<SavedCrossingMapping>.Conflicted();
        }
        await audit.RecordAsync(new AuditEvent(replaced ? AuditAction.Alter : AuditAction.Collect, "CrossingMapping", [$"CrossingMapping/{row.Id}"],
            Detail: $"{(replaced ? "replaced" : "saved")} mapping {trimmed}: {clean.Count} columns"), cancellationToken);
        return CommandResult<SavedCrossingMapping>.Ok(Saved(row));
    }

    private static SavedCrossingMapping Saved(CrossingMapping row) => new(row.Name,
        JsonSerializer.Deserialize<Dictionary<string, string>>(row.ColumnsJson) ?? [], row.UpdatedBy ?? row.CreatedBy, row.UpdatedAtUtc ?? row.CreatedAtUtc);
}
