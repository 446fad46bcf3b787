using FocalPoint.Application.Common;
using FocalPoint.Data;
using FocalPoint.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Reference;

/// <summary>
/// An administrator's additions and corrections to reference data. Rows are never deleted here: incidents refer
/// to them, and a wrong row is corrected in place. Every save refreshes the in-memory snapshot.
/// </summary>
public sealed class EditReference(FocalPointDbContext db, ReferenceCache cache)
{
    public async Task<CommandResult<int>> SaveCalibreAsync(int? id, CalibreInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Name), input.Name, 60, required: true);
        var spellings = input.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < spellings.Count; i++)
        {
            TextRules.Check(errors, $"Aliases[{i}]", spellings[i], 60);
        }

        var snapshot = await cache.GetAsync(ct);
        foreach (var spelling in spellings.Append(input.Name.Trim()))
        {
            if (snapshot.FindCalibre(spelling) is { } other && other.Id != id)
            {
                errors.Add(nameof(input.Aliases), Messages.AliasTaken, spelling, other.Name);
            }
        }

        var calibre = id is { } existing ? await db.Calibres.Include(c => c.Aliases).FirstOrDefaultAsync(c => c.Id == existing, ct) : new Calibre();
        if (calibre is null)
        {
            return CommandResult<int>.Missing();
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<int>.Invalid(errors);
        }

        if (id is null)
        {
            calibre.Id = await NextIdAsync(db.Calibres.Select(c => c.Id), ct);
            db.Calibres.Add(calibre);
        }

        calibre.Name = input.Name.Trim();
        calibre.Aliases.RemoveAll(a => !spellings.Contains(a.Alias, StringComparer.Ordinal));
        var nextAliasId = await NextIdAsync(db.CalibreAliases.Select(a => a.Id), ct);
        foreach (var spelling in spellings.Where(s => calibre.Aliases.All(a => a.Alias != s)))
        {
            calibre.Aliases.Add(new CalibreAlias { Id = nextAliasId++, Alias = spelling });
        }

        return await SaveAsync(calibre.Id, ct);
    }

    public async Task<CommandResult<int>> SaveMakeAsync(int? id, MakeInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Name), input.Name, 80, required: true);
        await CheckCountryAsync(errors, nameof(input.Country), input.Country, ct);
        if (await db.Makes.AnyAsync(m => m.Name == input.Name.Trim() && m.Id != id, ct))
        {
            errors.Add(nameof(input.Name), Messages.NameTaken);
        }

        var make = id is { } existing ? await db.Makes.FindAsync([existing], ct) : new Make();
        if (make is null)
        {
            return CommandResult<int>.Missing();
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<int>.Invalid(errors);
        }

        if (id is null)
        {
            make.Id = await NextIdAsync(db.Makes.Select(m => m.Id), ct);
            db.Makes.Add(make);
        }

        make.Name = input.Name.Trim();
        make.Country = string.IsNullOrWhiteSpace(input.Country) ? null : input.Country.Trim().ToUpperInvariant();
        return await SaveAsync(make.Id, ct);
    }

    public async Task<CommandResult<int>> SaveFirearmTypeAsync(int? id, FirearmTypeInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Code), input.Code, 30, required: true);
        CheckNames(errors, input.NameEn, input.NameSq, input.NameSr);
        if (await db.FirearmTypes.AnyAsync(t => t.Code == input.Code.Trim() && t.Id != id, ct))
        {
            errors.Add(nameof(input.Code), Messages.CodeTaken);
        }

        var type = id is { } existing ? await db.FirearmTypes.FindAsync([existing], ct) : new FirearmType();
        if (type is null)
        {
            return CommandResult<int>.Missing();
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<int>.Invalid(errors);
        }

        if (id is null)
        {
            type.Id = await NextIdAsync(db.FirearmTypes.Select(t => t.Id), ct);
            db.FirearmTypes.Add(type);
        }

        (type.Code, type.NameEn, type.NameSq, type.NameSr) = (input.Code.Trim().ToUpperInvariant(), input.NameEn.Trim(), input.NameSq.Trim(), input.NameSr.Trim());
        return await SaveAsync(type.Id, ct);
    }

    public async Task<CommandResult<int>> SaveMunicipalityAsync(int id, MunicipalityInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        CheckNames(errors, input.NameEn, input.NameSq, input.NameSr);
        CheckPlace(errors, input.Latitude, input.Longitude);
        if (input.Population is < 0 or > 10_000_000)
        {
            errors.Add(nameof(input.Population), Messages.Between, 0, 10_000_000);
        }

        if (!await db.Directorates.AnyAsync(d => d.Id == input.DirectorateId, ct))
        {
            errors.Add(nameof(input.DirectorateId), Messages.UnknownDirectorate);
        }

        var municipality = await db.Municipalities.FindAsync([id], ct);
        if (municipality is null)
        {
            return CommandResult<int>.Missing();
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<int>.Invalid(errors);
        }

        (municipality.NameEn, municipality.NameSq, municipality.NameSr) = (input.NameEn.Trim(), input.NameSq.Trim(), input.NameSr.Trim());
        (municipality.DirectorateId, municipality.Latitude, municipality.Longitude, municipality.Population) =
            (input.DirectorateId, input.Latitude, input.Longitude, input.Population);
        return await SaveAsync(id, ct);
    }

    public async Task<CommandResult<int>> SaveCrossingPointAsync(int? id, CrossingPointInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Code), input.Code, 40, required: true);
        TextRules.Check(errors, nameof(input.Name), input.Name, 100, required: true);
        CheckPlace(errors, input.Latitude, input.Longitude);
        await CheckCountryAsync(errors, nameof(input.NeighbourCountry), input.NeighbourCountry, ct);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), Messages.UnknownValue, string.Join(", ", Enum.GetNames<CrossingKind>()));
        }

        if (!await db.Municipalities.AnyAsync(m => m.Id == input.MunicipalityId, ct))
        {
            errors.Add(nameof(input.MunicipalityId), Messages.UnknownMunicipality, input.MunicipalityId, "/api/v1/reference/municipalities");
        }

        if (await db.CrossingPoints.AnyAsync(c => c.Code == input.Code.Trim() && c.Id != id, ct))
        {
            errors.Add(nameof(input.Code), Messages.CodeTaken);
        }

        var point = id is { } existing ? await db.CrossingPoints.FindAsync([existing], ct) : new CrossingPoint();
        if (point is null)
        {
            return CommandResult<int>.Missing();
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<int>.Invalid(errors);
        }

        if (id is null)
        {
            point.Id = await NextIdAsync(db.CrossingPoints.Select(c => c.Id), ct);
            db.CrossingPoints.Add(point);
        }

        (point.Code, point.Name, point.Kind, point.MunicipalityId) = (input.Code.Trim().ToUpperInvariant(), input.Name.Trim(), input.Kind, input.MunicipalityId);
        (point.NeighbourCountry, point.Latitude, point.Longitude) =
            (string.IsNullOrWhiteSpace(input.NeighbourCountry) ? null : input.NeighbourCountry.Trim().ToUpperInvariant(), input.Latitude, input.Longitude);
        return await SaveAsync(point.Id, ct);
    }

    public async Task<CommandResult<int>> SaveCountryAsync(string code, CountryInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        CheckNames(errors, input.NameEn, input.NameSq, input.NameSr);
        var country = await db.Countries.FindAsync([code.ToUpperInvariant()], ct);
        if (country is null)
        {
            return CommandResult<int>.Missing();
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<int>.Invalid(errors);
        }

        (country.NameEn, country.NameSq, country.NameSr) = (input.NameEn.Trim(), input.NameSq.Trim(), input.NameSr.Trim());
        return await SaveAsync(0, ct);
    }

    private async Task<CommandResult<int>> SaveAsync(int id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two administrators adding at once can race for the next id or a unique name: the second retries.
            return CommandResult<int>.Conflicted();
        }
        finally
        {
            cache.Invalidate();
        }

        return CommandResult<int>.Ok(id);
    }

    private static void CheckNames(ValidationErrors errors, string en, string sq, string sr)
    {
        TextRules.Check(errors, "NameEn", en, 100, required: true);
        TextRules.Check(errors, "NameSq", sq, 100, required: true);
        TextRules.Check(errors, "NameSr", sr, 100, required: true);
    }

    private static void CheckPlace(ValidationErrors errors, double latitude, double longitude)
    {
        if (latitude is < -90 or > 90 || double.IsNaN(latitude))
        {
            errors.Add("Latitude", Messages.Between, -90, 90);
        }

        if (longitude is < -180 or > 180 || double.IsNaN(longitude))
        {
            errors.Add("Longitude", Messages.Between, -180, 180);
        }
    }

    private async Task CheckCountryAsync(ValidationErrors errors, string field, string? code, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(code) && !await db.Countries.AnyAsync(c => c.Code == code.Trim().ToUpperInvariant(), ct))
        {
            errors.Add(field, Messages.UnknownCountry, "see /api/v1/reference/countries");
        }
    }

    // Reference ids are fixed by the seed files (imports and demo data refer to them), so new rows take the next one.
    private static async Task<int> NextIdAsync(IQueryable<int> ids, CancellationToken ct) => (await ids.MaxAsync(i => (int?)i, ct) ?? 0) + 1;
}
