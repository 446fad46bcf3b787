using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>The incident list: server-side filter, sort and page, with a capped total.</summary>
public sealed class ListIncidents(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<CommandResult<PagedResult<IncidentRow>>> HandleAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        var errors = Validate(filter);
        if (!errors.IsEmpty)
        {
            return CommandResult<PagedResult<IncidentRow>>.Invalid(errors);
        }

        var index = await FieldProtection.Of(db).GetIndexAsync(db, cancellationToken);
        var text = string.IsNullOrWhiteSpace(filter.Text) ? null : await TextSearch.PlanAsync(db, filter.Text, index, cancellationToken);
        var query = Apply(db, filter, await accessContext.GetAsync(cancellationToken), text);
        var total = await query.Take(PagedResult<IncidentRow>.CountCap + 1).CountAsync(cancellationToken);
        var rows = await Sort(query, filter.Sort)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .Select(i => new IncidentRow(
                i.Id, i.Reference, i.Kind, i.OccurredAtUtc, i.OccurredOn, i.MunicipalityId, i.DirectorateId, i.ReportingAgency, i.HandlingCode, i.Tlp,
                i.Firearms.Count, i.Ammunition.Sum(a => a.Rounds), i.Explosives.Sum(e => e.Count),
                i.PlaceCountryCode == null ? null : new PlaceAbroad(i.PlaceCountryCode, i.PlaceRegion, i.PlaceName ?? "")))
            .ToListAsync(cancellationToken);
        var capped = total > PagedResult<IncidentRow>.CountCap;
        return CommandResult<PagedResult<IncidentRow>>.Ok(
            new PagedResult<IncidentRow>(rows, filter.Page, filter.PageSize, capped ? PagedResult<IncidentRow>.CountCap : total, capped));
    }

    public static ValidationErrors Validate(IncidentFilter filter)
    {
        var errors = new ValidationErrors();
        errors.CheckPaging(filter.Page, filter.PageSize, IncidentFilter.MaxPageSize);

        if (filter.From > filter.To)
        {
            errors.Add(nameof(filter.To), Messages.ToBeforeFrom);
        }

        if (filter.Text?.Length > IncidentFilter.MaxTextLength)
        {
            errors.Add(nameof(filter.Text), Messages.AtMostCharactersPlain, IncidentFilter.MaxTextLength);
        }

        return errors;
    }

    /// <summary>The filtered, unsorted set; shared with exports so that an export lists what the screen lists.</summary>
    public static IQueryable<Incident> Apply(FocalPointDbContext db, IncidentFilter filter, UserAccess access, TextPlan? text)
    {
        // A rare search word drives the query from its few postings: the case team is then probed per candidate.
        var caseTeam = text is { Frequent: false } ? CaseTeamCheck.PerRow : CaseTeamCheck.Set;
        var query = db.Incidents.AsNoTracking().VisibleTo(access, db, caseTeam);
        // Dates are local (OccurredOn), but the list is ordered by OccurredAtUtc: the same range as UTC instants
        // lets the engine read the page and the capped count from the time index instead of fetching and sorting
        // a whole year (bench/registry). OccurredOn is the local date of OccurredAtUtc, so the bounds are exact.
        if (filter.From is { } from)
        {
            var fromUtc = KosovoTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            query = query.Where(i => i.OccurredAtUtc >= fromUtc && i.OccurredOn >= from);
        }

        if (filter.To is { } to)
        {
            var beforeUtc = KosovoTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            query = query.Where(i => i.OccurredAtUtc < beforeUtc && i.OccurredOn <= to);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(i => i.Kind == kind);
        }

        if (filter.DirectorateId is { } directorate)
        {
            query = query.Where(i => i.DirectorateId == directorate);
        }

        if (filter.MunicipalityId is { } municipality)
        {
            query = query.Where(i => i.MunicipalityId == municipality);
        }

        if (filter.FirearmTypeId is { } type)
        {
            query = query.Where(i => db.Firearms.Any(f => f.IncidentId == i.Id && f.FirearmTypeId == type));
        }

        if (text is not null)
        {
            query = TextSearch.Matching(db, query, text);
        }

        return query;
    }

    internal static IQueryable<Incident> Sort(IQueryable<Incident> query, IncidentSort sort) => sort switch
    {
        IncidentSort.Oldest => query.OrderBy(i => i.OccurredAtUtc).ThenBy(i => i.Id),
        IncidentSort.ReferenceAscending => query.OrderBy(i => i.Reference),
        IncidentSort.ReferenceDescending => query.OrderByDescending(i => i.Reference),
        IncidentSort.KindThenNewest => query.OrderBy(i => i.Kind).ThenByDescending(i => i.OccurredAtUtc).ThenByDescending(i => i.Id),
        IncidentSort.MunicipalityThenNewest => query.OrderBy(i => i.MunicipalityId).ThenByDescending(i => i.OccurredAtUtc).ThenByDescending(i => i.Id),
        _ => query.OrderByDescending(i => i.OccurredAtUtc).ThenByDescending(i => i.Id),
    };
}
