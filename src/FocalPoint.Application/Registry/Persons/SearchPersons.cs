using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Resolution;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Persons;

/// <summary>Find persons by name (every word must match a name, exactly, by spelling or nearly) or by personal number (exact).</summary>
public sealed record PersonSearch(string? Name = null, string? PersonalNumber = null, int Page = 1, int PageSize = 25);

/// <param name="EntityId">The resolved entity the record belongs to (ADR 0012); rows of one entity are listed together.</param>
/// <param name="Match">How the name answered the search; exact for a search by personal number alone.</param>
public sealed record PersonRow(
    long Id, string GivenName, string FamilyName, string? OriginalScriptName, DateOnly? DateOfBirth, Sex Sex, string? Nationality, int IncidentCount,
    long? EntityId = null, NameMatch Match = NameMatch.Exact);

/// <summary>
/// A search by name or personal number is a consultation of personal data: it needs a purpose, covers only persons
/// within reach, and leaves one audit entry naming the criteria used (never their values) and the records shown.
/// Names are matched in memory through the linkage normalisers and comparator (<see cref="NameMatcher"/>) over the
/// names within reach (a few columns per person); results are ranked exact, spelling, similar, and grouped by resolved
/// entity so that one person's five records sit together.
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

        var matcher = new NameMatcher(search.Name ?? "");
        var ranked = matcher.IsEmpty
            ? (await query.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id).Take(PagedResult<PersonRow>.CountCap + 1)
                .Select(p => p.Id).ToListAsync(cancellationToken)).Select(id => (Id: id, Match: NameMatch.Exact, Score: 1.0, Name: "")).ToList()
            : (await query.Select(p => new { p.Id, p.GivenName, p.FamilyName, p.OriginalScriptName }).ToListAsync(cancellationToken))
                .Select(p => (p.Id, Result: matcher.Match(p.GivenName, p.FamilyName, p.OriginalScriptName), Name: $"{p.FamilyName} {p.GivenName}"))
                .Where(p => p.Result is not null)
                .Select(p => (p.Id, p.Result!.Value.Match, p.Result.Value.Score, p.Name)).ToList();
        var entities = await EntitiesAsync(ranked.Select(r => r.Id).ToList(), cancellationToken);

        // An entity ranks by its best record; its records follow one another, best first.
        var ordered = ranked
            .GroupBy(r => entities.TryGetValue(r.Id, out var e) ? e : -r.Id)
            .Select(g => (Best: g.Min(r => (r.Match, -r.Score)), Rows: g.OrderBy(r => r.Match).ThenByDescending(r => r.Score).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id).ToList()))
            .OrderBy(g => g.Best).ThenBy(g => g.Rows[0].Name, StringComparer.Ordinal).ThenBy(g => g.Rows[0].Id)
            .SelectMany(g => g.Rows).ToList();
        var total = ordered.Count;
        var pageRows = ordered.Skip((search.Page - 1) * search.PageSize).Take(search.PageSize).ToList();
        var ids = pageRows.Select(r => r.Id).ToList();
        var details = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new PersonRow(p.Id, p.GivenName, p.FamilyName, p.OriginalScriptName, p.DateOfBirth, p.Sex, p.Nationality, p.Incidents.Count, null, NameMatch.Exact))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var rows = pageRows.Select(r => details[r.Id] with { EntityId = entities.TryGetValue(r.Id, out var e) ? e : null, Match = r.Match }).ToList();
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

    /// <summary>The resolved person entity of each record that has one.</summary>
    private async Task<Dictionary<long, long>> EntitiesAsync(List<long> personIds, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<long, long>();
        foreach (var chunk in personIds.Chunk(1000))
        {
            var ids = chunk.ToList();
            foreach (var m in await db.EntityMemberships.AsNoTracking().Where(m => m.Kind == ResolvedKind.Person && ids.Contains(m.RecordId))
                .Select(m => new { m.RecordId, m.EntityId }).ToListAsync(cancellationToken))
            {
                entities[m.RecordId] = m.EntityId;
            }
        }

        return entities;
    }
}
