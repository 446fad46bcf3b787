using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>The import use cases: stage, preview, commit (and resume), rollback, batches and their error reports.</summary>
    public static IServiceCollection AddFocalPointImport(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().ValidateDataAnnotations();
        services.AddScoped<StageImport>();
        services.AddScoped<PreviewImport>();
        services.AddScoped<ReviseImport>();
        services.AddScoped<CorrectQuarantine>();
        services.AddScoped<ErrorReport.ImportErrorReport>();
        services.AddScoped<CommitImport>();
        services.AddScoped<RollbackImport>();
        services.AddScoped<ImportBatches>();
        services.AddScoped<ImportProfiles>();
        services.AddScoped<Exporting.ExportRecords>();
        return services;
    }
}
