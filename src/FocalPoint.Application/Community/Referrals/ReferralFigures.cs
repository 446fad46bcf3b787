using System.Globalization;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Community;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Community.Referrals;

/// <summary>One figure leaving the seal: a count, or "&lt;5" when it is small enough to point at a person.</summary>
public sealed record ReferralFigure(string Label, string Count);

/// <summary>The figures of one breakdown (month, municipality, sex, age band, outcome).</summary>
public sealed record ReferralFigureGroup(string Dimension, IReadOnlyList<ReferralFigure> Figures);

public sealed record ReferralFigureTable(int Year, string Total, IReadOnlyList<ReferralFigureGroup> Groups);

/// <summary>
/// The only thing that leaves the seal (ADR 0025): referrals of a year counted by month, municipality, sex, age band
/// and outcome. Counts from 1 to 4 are shown as "&lt;5"; where a breakdown would have one such cell, the next smallest is
/// withheld too ("*"), so that the small one cannot be worked out from the total. Names, ages and dates never leave.
/// </summary>
public sealed class ReferralFigures(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public const int Threshold = 5;
    public const string Suppressed = "<5";

    /// <summary>A count withheld only so that a single small count beside it cannot be worked out from the total.</summary>
    public const string Withheld = "*";

    public async Task<ReferralFigureTable?> HandleAsync(int year, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.ReferralFigures))
        {
            return null;
        }

        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rows = await db.Referrals.AsNoTracking().Where(r => r.ReferredOn >= from && r.ReferredOn <= to)
            .Join(db.Municipalities, r => r.MunicipalityId, m => m.Id, (r, m) => new { r.ReferredOn, Municipality = m.NameEn, r.SubjectSex, r.SubjectAge, r.ExitReason })
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "ReferralFigures", [], Detail: string.Create(CultureInfo.InvariantCulture, $"aggregate figures {year}")), cancellationToken);
        return new ReferralFigureTable(year, Show(rows.Count), [
            Group("Month", rows.GroupBy(r => r.ReferredOn.ToString("yyyy-MM", CultureInfo.InvariantCulture))),
            Group("Municipality", rows.GroupBy(r => r.Municipality)),
            Group("Sex", rows.GroupBy(r => r.SubjectSex.ToString())),
            Group("AgeBand", rows.GroupBy(r => AgeBand(r.SubjectAge))),
            Group("Outcome", rows.GroupBy(r => r.ExitReason?.ToString() ?? "Open")),
        ]);
    }

    /// <summary>The age bands the figures use; fine enough for planning, too coarse to find anybody.</summary>
    public static string AgeBand(int age) => age switch
    {
        < 18 => "Under18",
        < 25 => "18to24",
        < 35 => "25to34",
        _ => "35AndOver",
    };

    private static ReferralFigureGroup Group<T>(string dimension, IEnumerable<IGrouping<string, T>> groups)
    {
        var counts = groups.Select(g => (Label: g.Key, Count: g.Count())).OrderBy(g => g.Label, StringComparer.Ordinal).ToList();
        var small = counts.Where(c => c.Count < Threshold).Select(c => c.Label).ToHashSet(StringComparer.Ordinal);
        var withheld = small.Count == 1 && counts.Where(c => !small.Contains(c.Label)).OrderBy(c => c.Count).FirstOrDefault() is { Label: { } next } ? next : null;
        return new ReferralFigureGroup(dimension, [.. counts.Select(c => new ReferralFigure(c.Label, c.Label == withheld ? Withheld : Show(c.Count)))]);
    }

    private static string Show(int count) => count is > 0 and < Threshold ? Suppressed : count.ToString(CultureInfo.InvariantCulture);
}
