using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Sharing;

/// <summary>Cross-border exchange: partners, keys, groups, sending and receiving packages (ADR 0027).</summary>
public static class SharingServiceCollectionExtensions
{
    public static IServiceCollection AddFocalPointSharing(this IServiceCollection services)
    {
        services.AddOptions<SharingOptions>().BindConfiguration("Sharing")
            .Validate(o => o.MaxPackageBytes > 0 && o.ExpiryDays > 0 && o.FanOutCap > 0, "Sharing:MaxPackageBytes, Sharing:ExpiryDays and Sharing:FanOutCap must be positive.")
            .ValidateOnStart();
        services.AddScoped<Partners.OwnKeys>();
        services.AddScoped<Partners.SavePartner>();
        services.AddScoped<Partners.AddPartnerKey>();
        services.AddScoped<Partners.GroupMembers>();
        services.AddScoped<Partners.SaveGroup>();
        services.AddScoped<Sending.RecordExtractor>();
        services.AddScoped<Sending.PreviewPackage>();
        services.AddScoped<Sending.SendPackage>();
        services.AddScoped<Sending.ApprovePackage>();
        services.AddScoped<Receiving.Correlation>();
        services.AddScoped<Receiving.OpenPackage>();
        return services;
    }
}
