using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Training.Courses;

public sealed record CourseRow(long Id, string Title, TrainingTopic Topic, string Institution, string Place, DateOnly StartsOn, DateOnly EndsOn, decimal Hours, string Trainer, int Participants);

/// <summary>The courses, newest first: no names, only how many attended.</summary>
public sealed class ListCourses(FocalPointDbContext db, IAccessContext accessContext)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<CourseRow>> HandleAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.Training))
        {
            return [];
        }

        return await db.TrainingCourses.AsNoTracking().OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id).Take(MaxRows)
            .Select(c => new CourseRow(c.Id, c.Title, c.Topic, c.Institution, c.Place, c.StartsOn, c.EndsOn, c.Hours, c.Trainer, c.Participations.Count))
            .ToListAsync(cancellationToken);
    }
}
