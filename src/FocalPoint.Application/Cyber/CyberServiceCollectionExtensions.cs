using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Cyber;

/// <summary>Cyber-incident reporting and the cyber unit's work.</summary>
public static class CyberServiceCollectionExtensions
{
    public static IServiceCollection AddFocalPointCyber(this IServiceCollection services)
    {
        services.AddSingleton<Reporting.ProofOfWork>();
        services.AddSingleton<Reporting.AttachmentStore>();
        services.AddScoped<Reporting.SubmitCyberReport>();
        services.AddScoped<Reporting.FollowCyberReport>();
        services.AddScoped<Work.ListCyberQueue>();
        services.AddScoped<Work.GetCyberIncident>();
        services.AddScoped<Work.WorkCyberIncident>();
        services.AddScoped<Work.CyberFigures>();
        services.AddScoped<Work.ExportCyberIncident>();
        services.AddScoped<Demo.CyberDemoData>();
        return services;
    }
}
