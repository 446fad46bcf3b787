using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Training;

namespace FocalPoint.Application.Training.Courses;

/// <summary>A course as the form sends it.</summary>
public sealed class CourseInput
{
    public string? Title { get; set; }
    public TrainingTopic Topic { get; set; }
    public string? Institution { get; set; }
    public string? Place { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public decimal Hours { get; set; }
    public string? Trainer { get; set; }
    public string? Certification { get; set; }
    public string? Programme { get; set; }
}

/// <summary>Records a new course (a session); its participants come from its attendance list.</summary>
public sealed class SaveCourse(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<CommandResult<long>> CreateAsync(CourseInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.Training))
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Title), input.Title?.Trim(), TrainingCourse.MaxTextLength, required: true);
        TextRules.Check(errors, nameof(input.Institution), input.Institution?.Trim(), TrainingCourse.MaxTextLength, required: true);
        TextRules.Check(errors, nameof(input.Place), input.Place?.Trim(), TrainingCourse.MaxTextLength);
        TextRules.Check(errors, nameof(input.Trainer), input.Trainer?.Trim(), TrainingCourse.MaxTextLength, required: true);
        TextRules.Check(errors, nameof(input.Certification), input.Certification?.Trim(), TrainingCourse.MaxTextLength);
        TextRules.Check(errors, nameof(input.Programme), input.Programme?.Trim(), TrainingCourse.MaxTextLength);
        if (input.StartsOn.Year < 1990)
        {
            errors.Add(nameof(input.StartsOn), Messages.From1990);
        }

        if (input.EndsOn < input.StartsOn)
        {
            errors.Add(nameof(input.EndsOn), TrainingMessages.EndsBeforeStart);
        }

        if (input.Hours is <= 0 or > 2000)
        {
            errors.Add(nameof(input.Hours), TrainingMessages.HoursRange);
        }

        if (!Enum.IsDefined(input.Topic))
        {
            errors.Add(nameof(input.Topic), Messages.UnknownValue, string.Join(", ", Enum.GetNames<TrainingTopic>()));
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var course = new TrainingCourse
        {
            Title = input.Title!.Trim(), Topic = input.Topic, Institution = input.Institution!.Trim(), Place = input.Place?.Trim() ?? "",
            StartsOn = input.StartsOn, EndsOn = input.EndsOn, Hours = input.Hours, Trainer = input.Trainer!.Trim(),
            Certification = input.Certification?.Trim() ?? "", Programme = input.Programme?.Trim() ?? "",
        };
        db.TrainingCourses.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(course.Id);
    }
}
