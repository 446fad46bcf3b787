using FocalPoint.Application.Network.Chart;
using FocalPoint.Application.Network.Export;
using FocalPoint.Application.Network.Saved;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Network.Visibility;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FocalPoint.Application.Network;

public static class LinkChartServiceCollectionExtensions
{
    /// <summary>The registry snapshot (one per process), per-user views and the link-chart use cases.</summary>
    public static IServiceCollection AddLinkChart(this IServiceCollection services)
    {
        services.AddOptions<LinkChartOptions>();
        services.TryAddScoped<INodeIdentityResolver, ResolvedEntityIdentity>();
        services.AddSingleton<RegistrySnapshotCache>();
        services.AddSingleton<VisibleGraphCache>();
        services.AddScoped<VisibleGraphs>();
        services.AddScoped<SearchChartEntities>();
        services.AddScoped<ExpandNeighbourhood>();
        services.AddScoped<FindChartPaths>();
        services.AddScoped<AnalyseChart>();
        services.AddScoped<SaveChart>();
        services.AddScoped<OpenChart>();
        services.AddScoped<ListCaseCharts>();
        services.AddScoped<ExportChart>();
        return services;
    }
}
