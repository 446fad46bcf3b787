using System.Globalization;
using FocalPoint.Data;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Resolution;
using FocalPoint.Linkage;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Linkage;

/// <summary>
/// The registry's person and firearm records as the engine's string tables, with the column names of the shipped
/// settings (docs/examples/*-linkage.json). Personal numbers are read through EF, which decrypts them, as every use
/// case reads them; the table lives only for the run.
/// </summary>
internal static class RecordSources
{
    public static readonly string[] PersonColumns =
        ["id", "given_name", "family_name", "father_name", "date_of_birth", "personal_number", "sex", "nationality"];

    public static readonly string[] FirearmColumns =
        ["id", "serial", "make", "model", "calibre", "type", "country_of_manufacture", "legal_status"];

    public static Task<List<string?[]>> LoadAsync(FocalPointDbContext db, ResolvedKind kind, CancellationToken cancellationToken) =>
        kind == ResolvedKind.Person ? PersonsAsync(db, cancellationToken) : FirearmsAsync(db, cancellationToken);

    public static RecordTable Table(ResolvedKind kind, IEnumerable<string?[]> rows)
    {
        var table = new RecordTable(kind == ResolvedKind.Person ? PersonColumns : FirearmColumns);
        foreach (var row in rows)
        {
            table.Add(row);
        }

        return table;
    }

    private static async Task<List<string?[]>> PersonsAsync(FocalPointDbContext db, CancellationToken cancellationToken)
    {
        var persons = await db.Persons.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.FatherName, p.DateOfBirth, p.PersonalNumber, p.Sex, p.Nationality })
            .ToListAsync(cancellationToken);
        return persons.ConvertAll(p => new string?[]
        {
            Id(p.Id), p.GivenName, p.FamilyName, p.FatherName, p.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            p.PersonalNumber, p.Sex == Sex.NotRecorded ? null : p.Sex.ToString(), p.Nationality,
        });
    }

    private static async Task<List<string?[]>> FirearmsAsync(FocalPointDbContext db, CancellationToken cancellationToken)
    {
        var makes = await db.Makes.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var calibres = await db.Calibres.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var types = await db.FirearmTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Code, cancellationToken);
        var firearms = await db.Firearms.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.SerialAsWritten, f.MakeId, f.Model, f.CalibreId, f.FirearmTypeId, f.CountryOfManufacture, f.LegalStatus })
            .ToListAsync(cancellationToken);
        return firearms.ConvertAll(f => new string?[]
        {
            Id(f.Id), f.SerialAsWritten, f.MakeId is { } m ? makes.GetValueOrDefault(m) : null, f.Model,
            f.CalibreId is { } c ? calibres.GetValueOrDefault(c) : null, types.GetValueOrDefault(f.FirearmTypeId), f.CountryOfManufacture,
            f.LegalStatus.ToString(),
        });
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
