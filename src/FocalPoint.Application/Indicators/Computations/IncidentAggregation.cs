using System.Linq.Expressions;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace FocalPoint.Application.Indicators.Computations;

/// <summary>
/// The dashboard's incident figures as one statement: the scope's incidents grouped by month, kind and place, each group
/// counted twice (what the user may see, and all: the "partial" flag), and beside them (UNION ALL) the visible incidents
/// per weapon type. Three statements before (the groups, the types, a second scan of the scope for "partial") made the
/// dashboard 2.3 times its one-statement twin; grouping on the stored month in the order of its covering index spares
/// the engine a sort of the whole period (ADR 0017, the benchmark).
/// </summary>
internal static class IncidentAggregation
{
    /// <summary>A group of incidents (Type null) or a weapon type's incidents (Type set; month and places empty).</summary>
    internal sealed class Row
    {
        public int Month { get; init; }
        public IncidentKind? Kind { get; init; }
        public int? DirectorateId { get; init; }
        public int? MunicipalityId { get; init; }
        public int? Type { get; init; }
        public int Visible { get; init; }
        public int All { get; init; }
    }

    /// <summary>An incident's grouping keys and whether the user may see it; the rule is spliced in as a column.</summary>
    private sealed class Keyed
    {
        public int Month { get; init; }
        public IncidentKind Kind { get; init; }
        public int? DirectorateId { get; init; }
        public int? MunicipalityId { get; init; }
        public bool Visible { get; init; }
    }

    public static Task<List<Row>> ReadAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var (scope, visible) = context.WholeScope;
        var groups = InMonths(scope, context.Scope)
            .Select(WithVisibility(visible))
            .GroupBy(k => new { k.Month, k.Kind, k.DirectorateId, k.MunicipalityId })
            .Select(g => new Row
            {
                Month = g.Key.Month, Kind = g.Key.Kind, DirectorateId = g.Key.DirectorateId, MunicipalityId = g.Key.MunicipalityId, Type = null,
                Visible = g.Count(k => k.Visible), All = g.Count(),
            });

        // An incident with arms of two types counts once under each: "incidents with a pistol", as the list filters.
        var types =
            from f in context.Db.Firearms.AsNoTracking()
            join i in InMonths(context.Incidents, context.Scope) on f.IncidentId equals i.Id
            group f.IncidentId by f.FirearmTypeId into g
            select new Row
            {
                Month = 0, Kind = null, DirectorateId = null, MunicipalityId = null, Type = g.Key, Visible = g.Distinct().Count(), All = 0,
            };
        return groups.Concat(types).ToListAsync(cancellationToken);
    }

    /// <summary>The period's months as well as its dates: the bounds the covering index is read by (the dates stay exact).</summary>
    private static IQueryable<Incident> InMonths(IQueryable<Incident> incidents, IndicatorScope scope)
    {
        var (first, last) = (Incident.MonthOf(scope.From), Incident.MonthOf(scope.To));
        return incidents.Where(i => i.OccurredMonth >= first && i.OccurredMonth <= last);
    }

    private static Expression<Func<Incident, Keyed>> WithVisibility(Expression<Func<Incident, bool>> visible)
    {
        Expression<Func<Incident, bool, Keyed>> shape = (i, seen) => new Keyed
        {
            Month = i.OccurredMonth, Kind = i.Kind, DirectorateId = i.DirectorateId, MunicipalityId = i.MunicipalityId, Visible = seen,
        };
        var rule = ReplacingExpressionVisitor.Replace(visible.Parameters[0], shape.Parameters[0], visible.Body);
        return Expression.Lambda<Func<Incident, Keyed>>(ReplacingExpressionVisitor.Replace(shape.Parameters[1], rule, shape.Body), shape.Parameters[0]);
    }
}
