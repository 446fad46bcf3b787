using FocalPoint.Application.Community.Referrals;
using FocalPoint.Application.Community.Safety;
using FocalPoint.Application.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Community;

public static class CommunityServiceCollectionExtensions
{
    /// <summary>The referral mechanism (sealed, ADR 0025) and municipal community safety.</summary>
    public static IServiceCollection AddFocalPointCommunity(this IServiceCollection services)
    {
        services.AddOptions<ReferralOptions>();
        services.AddScoped<ReferReferral>();
        services.AddScoped<ReferralSteps>();
        services.AddScoped<GetReferral>();
        services.AddScoped<ListReferrals>();
        services.AddScoped<ReferralFigures>();
        services.AddScoped<SafetyAudits>();
        services.AddScoped<AuditSteps>();
        services.AddScoped<Surveys>();
        services.AddScoped<GetAudit>();
        services.AddScoped<MunicipalFigures>();
        services.AddScoped<MunicipalDashboard>();
        services.AddScoped<CouncilMeetings>();
        services.AddScoped<GetMeetings>();
        services.AddScoped<CouncilReport>();
        services.AddScoped<SafetyHome>();
        services.AddScheduledJob<EraseExpiredReferrals>(EraseExpiredReferrals.Name, TimeSpan.FromHours(6));
        return services;
    }
}
