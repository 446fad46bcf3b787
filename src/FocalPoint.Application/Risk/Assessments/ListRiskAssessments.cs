using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Risk.Assessments;

/// <summary>The latest version of one assessment, with where its subject lies when it has a place (for the map).</summary>
public sealed record AssessmentSummary(
    string AssessmentKey, int Number, string Title, AssessmentSubject Subject, string SubjectName, int? CrossingPointId,
    int? MunicipalityId, double? Latitude, double? Longitude, int ScaleMax, int Magnitude, int Likelihood, int Vulnerability,
    int Impact, double Score, int Level, string Rule, int RuleVersion, HandlingCode HandlingCode, DateOnly AssessedOn, string AssessedBy);

/// <summary>
/// Every assessment at its latest version, highest risk first: the risk matrix and the crossing-point map are drawn
/// from this. H3 assessments stay with the risk analysts; border and customs officers see the rest.
/// </summary>
public sealed class ListRiskAssessments(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<IReadOnlyList<AssessmentSummary>?> HandleAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.RiskAssessmentRead)) return null;
        var analyst = access.Holds(Capabilities.RiskAnalysis);
        var latest = db.RiskAssessments.AsNoTracking()
            .Where(a => !db.RiskAssessments.Any(b => b.AssessmentKey == a.AssessmentKey && b.Number > a.Number))
            .Where(a => analyst || a.HandlingCode != HandlingCode.H3);
        var rows = await latest
            .Select(a => new
            {
                Version = a,
                Point = db.CrossingPoints.Where(c => c.Id == a.CrossingPointId).Select(c => new { c.Code, c.Name, c.Latitude, c.Longitude }).FirstOrDefault(),
                Place = db.Municipalities.Where(m => m.Id == a.MunicipalityId).Select(m => new { m.Latitude, m.Longitude }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => Summary(r.Version, r.Point is null ? null : $"{r.Point.Code} {r.Point.Name}",
                r.Point?.Latitude ?? r.Place?.Latitude, r.Point?.Longitude ?? r.Place?.Longitude))
            .OrderByDescending(s => s.Score).ThenBy(s => s.AssessmentKey, StringComparer.Ordinal)];
    }

    internal static AssessmentSummary Summary(RiskAssessmentVersion a, string? pointName, double? latitude, double? longitude) => new(
        a.AssessmentKey, a.Number, a.Title, a.Subject, pointName ?? a.SubjectText, a.CrossingPointId, a.MunicipalityId, latitude, longitude,
        a.ScaleMax, a.Magnitude, a.Likelihood, a.Vulnerability, a.Impact, a.Score, a.Level, a.Rule, a.RuleVersion, a.HandlingCode,
        a.AssessedOn, a.AssessedBy);
}
