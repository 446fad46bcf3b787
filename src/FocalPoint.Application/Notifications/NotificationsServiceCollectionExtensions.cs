using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Notifications;

/// <summary>The in-app notifications: one store and one gate for every module that tells users something.</summary>
public static class NotificationsServiceCollectionExtensions
{
    public static IServiceCollection AddFocalPointNotifications(this IServiceCollection services)
    {
        services.AddScoped<Notify>();
        services.AddScoped<ListMyNotifications>();
        services.AddScoped<MarkNotificationsRead>();
        return services;
    }
}
