using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Training.Persons;

/// <summary>A doubtful pair side by side: the participant as recorded and the earlier person it resembles.</summary>
public sealed record MatchReviewRow(
    long Id, double Score, string CourseTitle, string GivenName, string FamilyName, Sex Sex, string Institution,
    string CandidateGivenName, string CandidateFamilyName, int? CandidateBirthYear, Sex CandidateSex, int CandidateCourses);

/// <summary>
/// The band of doubt (ADR 0028): pairs the matcher would not merge alone. "Same" moves the participant's participations
/// to the earlier person, so they count once; "Different" keeps them apart for good. Reading the pairs is a consultation
/// of names (audited with its purpose), deciding is an alteration.
/// </summary>
public sealed class MatchReviews(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<MatchReviewRow>> OpenAsync(string purpose, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.Training) || string.IsNullOrWhiteSpace(purpose))
        {
            return [];
        }

        var rows = await db.TrainingMatchReviews.AsNoTracking().Where(r => r.Status == TrainingMatchStatus.Open).OrderByDescending(r => r.Score).Take(200)
            .Select(r => new MatchReviewRow(
                r.Id, r.Score, r.Participation!.Course!.Title, r.Participation.GivenName, r.Participation.FamilyName, r.Participation.Sex, r.Participation.Institution,
                r.CandidatePerson!.GivenName, r.CandidatePerson.FamilyName, r.CandidatePerson.BirthYear, r.CandidatePerson.Sex,
                db.TrainingParticipations.Count(p => p.PersonId == r.CandidatePersonId)))
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "TrainingMatchReview", [.. rows.Select(r => Id(r.Id))], Purpose: purpose.Trim()), cancellationToken);
        return rows;
    }

    public async Task<int> CountOpenAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        return access.Holds(Capabilities.Training) ? await db.TrainingMatchReviews.CountAsync(r => r.Status == TrainingMatchStatus.Open, cancellationToken) : 0;
    }

    public async Task<CommandResult<bool>> DecideAsync(long reviewId, bool same, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var review = access.Holds(Capabilities.Training)
            ? await db.TrainingMatchReviews.Include(r => r.Participation).FirstOrDefaultAsync(r => r.Id == reviewId && r.Status == TrainingMatchStatus.Open, cancellationToken)
            : null;
        if (review is null)
        {
            return CommandResult<bool>.Missing();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (same && !await MergeAsync(review.Participation!.PersonId, review.CandidatePersonId, cancellationToken))
        {
            return CommandResult<bool>.Conflicted();
        }

        review.Status = same ? TrainingMatchStatus.Same : TrainingMatchStatus.Different;
        review.DecidedBy = access.UserName;
        review.DecidedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "TrainingMatchReview", [Id(reviewId)], Detail: same ? "same person" : "different persons"), cancellationToken);
        return CommandResult<bool>.Ok(same);
    }

    /// <summary>Moves every participation of one person to another; refused when both attended the same course.</summary>
    private async Task<bool> MergeAsync(long fromPersonId, long intoPersonId, CancellationToken cancellationToken)
    {
        var courses = db.TrainingParticipations.Where(p => p.PersonId == intoPersonId).Select(p => p.CourseId);
        if (fromPersonId == intoPersonId || await db.TrainingParticipations.AnyAsync(p => p.PersonId == fromPersonId && courses.Contains(p.CourseId), cancellationToken))
        {
            return false;
        }

        await db.TrainingParticipations.Where(p => p.PersonId == fromPersonId).ExecuteUpdateAsync(u => u.SetProperty(p => p.PersonId, intoPersonId), cancellationToken);
        await db.TrainingMatchReviews.Where(r => r.CandidatePersonId == fromPersonId && r.Status == TrainingMatchStatus.Open)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.CandidatePersonId, intoPersonId), cancellationToken);
        await db.TrainingPersons.Where(p => p.Id == fromPersonId).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
