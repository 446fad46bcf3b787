using System.Globalization;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Parties;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Training.Courses;

/// <summary>One participant of a course; <see cref="PersonId"/> is the resolved person, <see cref="InReview"/> a doubtful match pending.</summary>
public sealed record ParticipantRow(
    long Id, long PersonId, string GivenName, string FamilyName, Sex Sex, string AgeBand, string Institution, string RankOrRole,
    string Region, bool Certified, int CoursesOfPerson, bool InReview);

public sealed record CourseDetails(CourseRow Course, string Certification, string Programme, IReadOnlyList<ParticipantRow>? Participants);

/// <summary>
/// A course, and its participants when a purpose is given: names are personal data, so reading them is audited as a
/// consultation with that purpose; without one the course comes without its list.
/// </summary>
public sealed class GetCourse(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public async Task<CourseDetails?> HandleAsync(long id, string? purpose, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.Training))
        {
            return null;
        }

        var course = await db.TrainingCourses.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { Row = new CourseRow(c.Id, c.Title, c.Topic, c.Institution, c.Place, c.StartsOn, c.EndsOn, c.Hours, c.Trainer, c.Participations.Count), c.Certification, c.Programme })
            .FirstOrDefaultAsync(cancellationToken);
        if (course is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(purpose))
        {
            return new CourseDetails(course.Row, course.Certification, course.Programme, null);
        }

        var participants = await db.TrainingParticipations.AsNoTracking().Where(p => p.CourseId == id).OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(p => new ParticipantRow(
                p.Id, p.PersonId, p.GivenName, p.FamilyName, p.Sex, p.AgeBand, p.Institution, p.RankOrRole, p.Region, p.Certified,
                db.TrainingParticipations.Count(o => o.PersonId == p.PersonId),
                db.TrainingMatchReviews.Any(r => r.ParticipationId == p.Id && r.Status == Domain.Training.TrainingMatchStatus.Open)))
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "TrainingCourse", [id.ToString(CultureInfo.InvariantCulture)], Purpose: purpose.Trim(), Detail: "participants"), cancellationToken);
        return new CourseDetails(course.Row, course.Certification, course.Programme, participants);
    }
}
