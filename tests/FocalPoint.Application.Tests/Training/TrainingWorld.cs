using System.Text;
using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Application.Training.Attendance;
using FocalPoint.Application.Training.Courses;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Training;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Training;

/// <summary>A training officer, courses and attendance sheets written as trainers write them.</summary>
internal static class TrainingWorld
{
    public static readonly DateTimeOffset Now = new(2026, 5, 20, 9, 0, 0, TimeSpan.Zero);

    public static UserAccess Officer() => new("trainer", new HashSet<string> { "TrainingOfficer" }, ReportingAgency.KosovoPolice, new HashSet<long>());

    public static ServiceProvider Services(TestDatabase database, UserAccess? access = null) =>
        TestServices.For(database, access: access ?? Officer(), time: new ManualClock(Now));

    public static async Task<long> CourseAsync(ServiceProvider services, string title, DateOnly starts, TrainingTopic topic = TrainingTopic.FirearmsControl)
    {
        var result = await services.RunAsync<SaveCourse, CommandResult<long>>(s => s.CreateAsync(new CourseInput
        {
            Title = title, Topic = topic, Institution = "Police Academy", Place = "Vushtrri", StartsOn = starts, EndsOn = starts.AddDays(2),
            Hours = 24, Trainer = "Trainer One", Certification = "Certificate",
        }));
        return result.Value;
    }

    public static Task<CommandResult<AttendanceImportResult>> ImportAsync(ServiceProvider services, long courseId, string csv, string fileName = "attendance.csv") =>
        services.RunAsync<ImportAttendance, CommandResult<AttendanceImportResult>>(i => i.HandleAsync(courseId, new MemoryStream(Encoding.UTF8.GetBytes(csv)), fileName));
}
