using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Risk.Assessments;

/// <summary>An assessment with every version, newest first, and the name of what it is about.</summary>
public sealed record AssessmentHistory(string AssessmentKey, string SubjectName, IReadOnlyList<RiskAssessmentVersion> Versions)
{
    public RiskAssessmentVersion Latest => Versions[0];

    /// <summary>A version by number, or null.</summary>
    public RiskAssessmentVersion? Version(int number) => Versions.FirstOrDefault(v => v.Number == number);
}

/// <summary>One assessment's history, for its page and the side-by-side comparison of two versions.</summary>
public sealed class GetRiskAssessment(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<AssessmentHistory?> HandleAsync(string key, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.RiskAssessmentRead)) return null;
        var versions = await db.RiskAssessments.AsNoTracking().Where(a => a.AssessmentKey == key)
            .OrderByDescending(a => a.Number).ToListAsync(cancellationToken);
        // An H3 assessment is absent for those outside risk analysis, as records out of reach are everywhere.
        if (versions.Count == 0 || (versions[0].HandlingCode == HandlingCode.H3 && !access.Holds(Capabilities.RiskAnalysis))) return null;
        var latest = versions[0];
        var subject = latest.CrossingPointId is { } cp
            ? await db.CrossingPoints.Where(c => c.Id == cp).Select(c => c.Code + " " + c.Name).FirstAsync(cancellationToken)
            : latest.SubjectText;
        return new AssessmentHistory(key, subject, versions);
    }
}
