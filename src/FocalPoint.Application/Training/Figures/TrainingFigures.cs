using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Training.Figures;

/// <summary>How the figures are cut beside the totals.</summary>
public enum TrainingCut
{
    Institution,
    Region,
    Topic,
    Year,
    AgeBand,
}

/// <summary>Which participations count: courses starting within the dates, and optionally one institution, region or topic.</summary>
public sealed record TrainingFilter(DateOnly? From = null, DateOnly? To = null, string? Institution = null, string? Region = null, TrainingTopic? Topic = null, TrainingCut Cut = TrainingCut.Institution);

/// <summary>Counts by sex, "not recorded" always present: participations, and unique persons (one officer trained three times is 3 and 1).</summary>
public sealed record SexCounts(int Male, int Female, int NotRecorded)
{
    public int Total => Male + Female + NotRecorded;

    public static SexCounts Of(IEnumerable<Sex> sexes)
    {
        var list = sexes.ToList();
        return new SexCounts(list.Count(s => s == Sex.Male), list.Count(s => s == Sex.Female), list.Count(s => s == Sex.NotRecorded));
    }
}

public sealed record TrainingFigureRow(string Key, SexCounts Participations, SexCounts Persons);

public sealed record TrainingFiguresView(TrainingFilter Filter, SexCounts Participations, SexCounts Persons, IReadOnlyList<TrainingFigureRow> Rows);

/// <summary>
/// The programme's training figures ("201 police officers trained: 177 men, 24 women") from the records, always split
/// by sex with "not recorded". A person's sex is the one recorded for the person, else one recorded at any of their
/// courses. Only counts leave the database. A person trained in two institutions counts once in the total and once in
/// each institution's row, so rows of persons need not add up to the total.
/// </summary>
public sealed class TrainingFigures(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<CommandResult<TrainingFiguresView>> HandleAsync(TrainingFilter filter, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.TrainingFigures))
        {
            return CommandResult<TrainingFiguresView>.Missing();
        }

        if (filter.From is { } from && filter.To is { } to && to < from)
        {
            var errors = new ValidationErrors();
            errors.Add("To", Messages.ToBeforeFrom);
            return CommandResult<TrainingFiguresView>.Invalid(errors);
        }

        return CommandResult<TrainingFiguresView>.Ok(await CountAsync(db, filter, cancellationToken));
    }

    /// <summary>The counts without the access check: also the indicator catalogue's training figures (one computation).</summary>
    internal static async Task<TrainingFiguresView> CountAsync(FocalPointDbContext db, TrainingFilter filter, CancellationToken cancellationToken)
    {
        var query = db.TrainingParticipations.AsNoTracking();
        query = filter.From is { } f ? query.Where(p => p.Course!.StartsOn >= f) : query;
        query = filter.To is { } t ? query.Where(p => p.Course!.StartsOn <= t) : query;
        query = string.IsNullOrWhiteSpace(filter.Institution) ? query : query.Where(p => p.Institution == filter.Institution.Trim());
        query = string.IsNullOrWhiteSpace(filter.Region) ? query : query.Where(p => p.Region == filter.Region.Trim());
        query = filter.Topic is { } topic ? query.Where(p => p.Course!.Topic == topic) : query;
        var rows = await query.Select(p => new Row(p.PersonId, p.Sex, p.Person!.Sex, p.Institution, p.Region, p.Course!.Topic, p.Course.StartsOn.Year, p.AgeBand))
            .ToListAsync(cancellationToken);

        var personSex = rows.GroupBy(r => r.PersonId).ToDictionary(g => g.Key, g => g.First().PersonSex != Sex.NotRecorded
            ? g.First().PersonSex
            : g.Select(r => r.Sex).FirstOrDefault(s => s != Sex.NotRecorded));
        return new TrainingFiguresView(
            filter, SexCounts.Of(rows.Select(r => r.Sex)), SexCounts.Of(personSex.Values),
            [.. rows.GroupBy(r => Key(r, filter.Cut)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new TrainingFigureRow(
                g.Key, SexCounts.Of(g.Select(r => r.Sex)), SexCounts.Of(g.Select(r => r.PersonId).Distinct().Select(id => personSex[id]))))]);
    }

    private sealed record Row(long PersonId, Sex Sex, Sex PersonSex, string Institution, string Region, TrainingTopic Topic, int Year, string AgeBand);

    private static string Key(Row row, TrainingCut cut) => cut switch
    {
        TrainingCut.Region => row.Region,
        TrainingCut.Topic => row.Topic.ToString(),
        TrainingCut.Year => row.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TrainingCut.AgeBand => row.AgeBand,
        _ => row.Institution,
    };
}
