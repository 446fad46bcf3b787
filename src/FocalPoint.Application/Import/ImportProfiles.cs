using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Import;

/// <summary>Reading and changing a source's saved mapping (columns, values for every row, ignored columns) outside an import.</summary>
public sealed class ImportProfiles(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    public async Task<ImportResult<ImportMapping>> ShowAsync(string name, CancellationToken ct = default)
    {
        if (!(await accessContext.GetAsync(ct)).EditsRegistry)
        {
            return ImportResult<ImportMapping>.Fail(ImportProblemKind.Forbidden, "Import profiles need a registry editor's role.");
        }

        var profile = await db.ImportProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.Name == name, ct);
        return profile is null
            ? ImportResult<ImportMapping>.Fail(ImportProblemKind.NotFound, $"No import profile \"{name}\".", "ProfileNotFound", name)
            : ImportResult<ImportMapping>.Ok(ImportMapping.FromJson(profile.MappingJson));
    }

    /// <summary>Applies the changes and saves them; an unknown field name changes nothing.</summary>
    public async Task<ImportResult<ImportMapping>> EditAsync(string name, MappingEdit edit, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        if (!access.EditsRegistry)
        {
            return ImportResult<ImportMapping>.Fail(ImportProblemKind.Forbidden, "Import profiles need a registry editor's role.");
        }

        var profile = await db.ImportProfiles.FirstOrDefaultAsync(p => p.Name == name, ct);
        if (profile is null)
        {
            return ImportResult<ImportMapping>.Fail(ImportProblemKind.NotFound, $"No import profile \"{name}\".", "ProfileNotFound", name);
        }

        var mapping = ImportMapping.FromJson(profile.MappingJson).With(edit);
        var unknown = mapping.Columns.Keys.Concat(mapping.Constants.Keys).Where(f => !Enum.TryParse<ImportField>(f, ignoreCase: true, out _)).ToList();
        if (unknown.Count > 0)
        {
            return ImportResult<ImportMapping>.Fail(ImportProblemKind.BadFile,
                $"Unknown field(s): {string.Join(", ", unknown)}. Fields: {string.Join(", ", Enum.GetNames<ImportField>())}.");
        }

        (profile.MappingJson, profile.UpdatedBy, profile.UpdatedAtUtc) = (mapping.ToJson(), access.UserName, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return ImportResult<ImportMapping>.Ok(mapping);
    }
}
