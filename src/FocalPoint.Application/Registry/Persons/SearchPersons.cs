using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Parties;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Persons;

/// <summary>Find persons by name (every word must match a name) or by personal number (exact).</summary>
public sealed record PersonSearch(string? Name = null, string? PersonalNumber = null, int Page = 1, int PageSize = 25);

public sealed record PersonRow(long Id, string GivenName, string FamilyName, string? OriginalScriptName, DateOnly? DateOfBirth, Sex Sex, string? Nationality, int IncidentCount);

/// <summary>
/// A search by name or personal number is a consultation of personal data: it needs a purpose, covers only persons
/// within reach, and leaves one audit entry naming the criteria used (never their values) and the records shown.
/// </summary>
public sealed class SearchPersons(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public async Task<CommandResult<PagedResult<PersonRow>>> HandleAsync(PersonSearch search, string purpose, CancellationToken cancellationToken = default)
    {
        var errors = Validate(search);
        if (!errors.IsEmpty)
        {
            return CommandResult<PagedResult<PersonRow>>.Invalid(errors);
        }

        var access = await accessContext.GetAsync(cancellationToken);
        var query = db.Persons.AsNoTracking();
        if (!access.Unrestricted)
        {
            var reachable = IncidentVisibility.VisiblePersonIds(db, access);
            query = query.Where(p => reachable.Contains(p.Id));
        }

        if (!string.IsNullOrWhiteSpace(search.PersonalNumber))
        {
            // The number is stored encrypted; its keyed hash is what can be compared (ADR 0007).
            var index = await FieldProtection.Of(db).GetIndexAsync(db, cancellationToken);
            var hash = index.PersonalNumber(search.PersonalNumber);
            query = query.Where(p => p.PersonalNumberIndex == hash);
        }

        foreach (var word in (search.Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            query = NameMatch(query, word);
        }

        var total = await query.Take(PagedResult<PersonRow>.CountCap + 1).CountAsync(cancellationToken);
        var rows = await query.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize)
            .Select(p => new PersonRow(p.Id, p.GivenName, p.FamilyName, p.OriginalScriptName, p.DateOfBirth, p.Sex, p.Nationality, p.Incidents.Count))
            .ToListAsync(cancellationToken);
        var criteria = string.Join(" and ", new[] { search.Name is { Length: > 0 } ? "name" : null, search.PersonalNumber is { Length: > 0 } ? "personal number" : null }.OfType<string>());
        await audit.RecordAsync(
            new AuditEvent(AuditAction.Search, "Person", rows.Select(r => $"Person/{r.Id}").ToList(), purpose, Detail: $"by {criteria}; {total} found"),
            cancellationToken);
        var capped = total > PagedResult<PersonRow>.CountCap;
        return CommandResult<PagedResult<PersonRow>>.Ok(new PagedResult<PersonRow>(rows, search.Page, search.PageSize, capped ? PagedResult<PersonRow>.CountCap : total, capped));
    }

    private static ValidationErrors Validate(PersonSearch search)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(search.Name) && string.IsNullOrWhiteSpace(search.PersonalNumber))
        {
            errors.Add(nameof(search.Name), Messages.NameOrNumber);
        }

        if (search.Name is { } name && (name.Trim().Length is > 0 and < 2 || name.Length > 100))
        {
            errors.Add(nameof(search.Name), Messages.NameLength);
        }

        if (search.PersonalNumber?.Length > 20)
        {
            errors.Add(nameof(search.PersonalNumber), Messages.AtMostCharactersPlain, 20);
        }

        if (search.Page < 1 || search.PageSize is < 1 or > 100)
        {
            errors.Add(nameof(search.PageSize), Messages.PageAndSize, 100);
        }

        return errors;
    }

    private IQueryable<Person> NameMatch(IQueryable<Person> query, string word)
    {
        var pattern = "%" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return db.Database.IsNpgsql()
            ? query.Where(p => EF.Functions.ILike(p.GivenName, pattern, "\\") || EF.Functions.ILike(p.FamilyName, pattern, "\\")
                || (p.OriginalScriptName != null && EF.Functions.ILike(p.OriginalScriptName, pattern, "\\")))
            : query.Where(p => EF.Functions.Like(p.GivenName, pattern, "\\") || EF.Functions.Like(p.FamilyName, pattern, "\\")
                || (p.OriginalScriptName != null && EF.Functions.Like(p.OriginalScriptName, pattern, "\\")));
    }
}
