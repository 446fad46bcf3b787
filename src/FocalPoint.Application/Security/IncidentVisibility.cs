using System.Linq.Expressions;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Security;

/// <summary>
/// Need to know, as one query filter: CLEAR/GREEN records are open to every registry reader; AMBER ones to the
/// reporting agency; RED and H3 ones to the case team; a user always sees what they recorded. Lists, counts,
/// pages and exports all go through here, so a record outside reach is simply absent (a 404, never a 403 with a title).
/// </summary>
public static class IncidentVisibility
{
    /// <param name="caseTeam">How the case-team branch is written: see <see cref="CaseTeamCheck"/>.</param>
    public static IQueryable<Incident> VisibleTo(this IQueryable<Incident> incidents, UserAccess access, FocalPointDbContext db, CaseTeamCheck caseTeam = CaseTeamCheck.Set)
    {
        return access.Unrestricted ? incidents : incidents.Where(Rule(access, db, caseTeam));
    }

    /// <summary>
    /// The rule as a predicate, for a statement that counts the visible beside the whole scope in one pass
    /// (the indicators' "partial" flag) instead of filtering.
    /// </summary>
    public static Expression<Func<Incident, bool>> Rule(UserAccess access, FocalPointDbContext db, CaseTeamCheck caseTeam = CaseTeamCheck.Set)
    {
        if (access.Unrestricted)
        {
            return _ => true;
        }

        return access.ReadsRegistry ? Either(OpenTo(access.Agency), ReachedBy(access.UserName, db, caseTeam)) : _ => false;
    }

    /// <summary>
    /// The part of the rule that depends on the agency alone: CLEAR/GREEN without H3 for every registry reader,
    /// AMBER without H3 for the reporting agency. The link chart evaluates this very expression on the incidents'
    /// markings in memory (one mask per access profile), so chart and pages cannot disagree.
    /// </summary>
    public static Expression<Func<Incident, bool>> OpenTo(ReportingAgency? agency) => i =>
        ((i.Tlp == Tlp.Clear || i.Tlp == Tlp.Green) && i.HandlingCode != HandlingCode.H3)
        || (i.Tlp != Tlp.Red && i.HandlingCode != HandlingCode.H3 && i.ReportingAgency == agency);

    /// <summary>The part that depends on the user: what they recorded, and the incidents of the cases whose team they are on or own.</summary>
    public static Expression<Func<Incident, bool>> ReachedBy(string user, FocalPointDbContext db, CaseTeamCheck caseTeam = CaseTeamCheck.Set)
    {
        if (caseTeam == CaseTeamCheck.PerRow)
        {
            // From the incident to its few cases, then the user's place on each (primary-key probes). Asking whether
            // the incident is in "my cases" instead probed every one of the user's cases per row (SQLite re-reads
            // the set inside a correlated subquery): 59 s against 1 s for two common words at 1M incidents.
            return i => i.CreatedBy == user
                || db.CaseIncidents.Any(ci => ci.IncidentId == i.Id
                    && (db.CaseMembers.Any(m => m.CaseId == ci.CaseId && m.UserName == user)
                        || db.Cases.Any(c => c.Id == ci.CaseId && c.Owner == user)));
        }

        // The case-team set is an uncorrelated subquery on the team tables, evaluated once per query (an IN over a
        // UNION: PostgreSQL hashes it; an EXISTS-per-row form took 200-280 ms at 1M incidents against 2-22 ms).
        // Passing the user's case ids in as a list cost ~200 ms per query for a user on 3,000 cases (binding).
        var myCases = db.CaseMembers.Where(m => m.UserName == user).Select(m => m.CaseId)
            .Union(db.Cases.Where(c => c.Owner == user).Select(c => c.Id));
        var inMyCases = db.CaseIncidents.Where(ci => myCases.Contains(ci.CaseId)).Select(ci => ci.IncidentId);
        return i => i.CreatedBy == user || inMyCases.Contains(i.Id);
    }

    /// <summary>a OR b over one parameter (EF translates the combined body as if it had been written in one lambda).</summary>
    private static Expression<Func<Incident, bool>> Either(Expression<Func<Incident, bool>> a, Expression<Func<Incident, bool>> b)
    {
        var body = new ParameterSwap(b.Parameters[0], a.Parameters[0]).Visit(b.Body);
        return Expression.Lambda<Func<Incident, bool>>(Expression.OrElse(a.Body, body), a.Parameters);
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    /// <summary>A person is reachable when the role allows personal data and the person is in an incident the user can see.</summary>
    public static IQueryable<long> VisiblePersonIds(FocalPointDbContext db, UserAccess access)
    {
        if (!access.SeesPersonalData)
        {
            return db.Persons.Where(_ => false).Select(p => p.Id);
        }

        var visible = db.Incidents.VisibleTo(access, db);
        return db.IncidentPersons.Where(ip => visible.Any(i => i.Id == ip.IncidentId)).Select(ip => ip.PersonId);
    }
}

/// <summary>
/// Two ways to write the same case-team rule. <see cref="Set"/> (the default) evaluates the team's incidents once per
/// query, which suits scans of the time index. <see cref="PerRow"/> probes the team tables only for the candidates that
/// fail the cheaper branches, which suits queries driven by a few candidates (a rare search word): PostgreSQL charges
/// the set's start-up cost to every inner loop, so with the set it chose a full scan of a million incidents (1.1-1.9 s)
/// over 10,000 index probes (85-190 ms) (bench/registry text_rare, text_reference).
/// </summary>
public enum CaseTeamCheck
{
    Set,
    PerRow,
}
