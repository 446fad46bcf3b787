using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Sharing;

/// <summary>Cross-border exchange: partners, keys, groups, sending and receiving packages (ADR 0027).</summary>
public static class SharingServiceCollectionExtensions
{
    public static IServiceCollection AddFocalPointSharing(this IServiceCollection services)
    {
        // Bound and validated by the host (Web, CLI); tests and tools without configuration get the defaults.
        services.AddOptions<SharingOptions>();
        services.AddScoped<Partners.OwnKeys>();
        services.AddScoped<Partners.SavePartner>();
        services.AddScoped<Partners.AddPartnerKey>();
        services.AddScoped<Partners.GroupMembers>();
        services.AddScoped<Partners.SaveGroup>();
        services.AddScoped<Sending.RecordExtractor>();
        services.AddScoped<Sending.PreviewPackage>();
        services.AddScoped<Sending.ExportSelection>();
        services.AddScoped<Sending.SendPackage>();
        services.AddScoped<Sending.ApprovePackage>();
        services.AddScoped<Receiving.Correlation>();
        services.AddScoped<Receiving.SenderDirectory>();
        services.AddScoped<Receiving.OpenPackage>();
        services.AddScoped<Receiving.VerifyPackage>();
        services.AddScoped<Sending.FindShareable>();
        services.AddScoped<Partners.GroupViews>();
        services.AddScoped<Ledger.PartnerViews>();
        services.AddScoped<Ledger.PackageLedger>();
        services.AddScoped<Ledger.PackageDetails>();
        services.AddScoped<Ledger.PackageFile>();
        services.AddScoped<Ledger.SharingOverview>();
        return services;
    }
}
