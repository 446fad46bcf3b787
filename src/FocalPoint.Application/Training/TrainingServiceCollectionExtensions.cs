using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Training;

/// <summary>Training records: courses, attendance imports, persons resolved across courses, figures by sex.</summary>
public static class TrainingServiceCollectionExtensions
{
    public static IServiceCollection AddFocalPointTraining(this IServiceCollection services)
    {
        services.AddScoped<Courses.SaveCourse>();
        services.AddScoped<Courses.ListCourses>();
        services.AddScoped<Courses.GetCourse>();
        services.AddScoped<Attendance.ImportAttendance>();
        services.AddScoped<Persons.MatchReviews>();
        services.AddScoped<Figures.TrainingFigures>();
        services.AddScoped<Figures.ExportTrainingFigures>();
        services.AddScoped<Demo.TrainingDemoData>();
        return services;
    }
}
