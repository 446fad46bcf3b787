using FocalPoint.Application.Audit;
using FocalPoint.Application.DataProtection;
using FocalPoint.Application.Home;
using FocalPoint.Application.Import;
using FocalPoint.Application.Network;
using FocalPoint.Application.Notes;
using FocalPoint.Application.Registry.Firearms;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Persons;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Reports.Products;
using FocalPoint.Application.Security.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Registers the use cases; each is a small class used directly by endpoints and pages.</summary>
    public static IServiceCollection AddFocalPointApplication(this IServiceCollection services)
    {
        services.AddSingleton<ReferenceCache>();
        services.AddSingleton<IncidentValidator>();
        services.AddScoped<EntityLabels>();
        services.AddScoped<ListIncidents>();
        services.AddScoped<Registry.Incidents.Export.ExportIncidents>();
        services.AddScoped<Reports.Iafq.BuildIafqReport>();
        services.AddScoped<Reports.Iafq.ExportIafqReport>();
        services.AddScoped<Reports.ListDataYears>();
        services.AddScoped<Flows.BuildWeaponFlows>();
        services.AddScoped<Indicators.ComputeIndicators>();
        services.AddScoped<Indicators.GetIndicatorCatalogue>();
        services.AddScoped<Indicators.Catalogue.SaveIndicatorDefinition>();
        services.AddScoped<Indicators.Catalogue.GetIndicatorVersions>();
        services.AddScoped<Indicators.Dashboard.BuildDashboard>();
        services.AddScoped<Indicators.Dashboard.ExportDashboardChart>();
        services.AddScoped<Indicators.Dashboard.SavedViews>();
        services.AddScoped<Flows.ExportWeaponFlows>();
        services.AddScoped<GetIncident>();
        services.AddScoped<SaveIncident>();
        services.AddScoped<GetPerson>();
        services.AddScoped<SearchPersons>();
        services.AddScoped<Registry.Parties.FindPartyRecords>();
        services.AddScoped<Cases.ListMyCases>();
        services.AddScoped<Cases.CaseUsers>();
        services.AddScoped<Cases.ListCases>();
        services.AddScoped<Cases.GetCase>();
        services.AddScoped<Cases.Family.MergeCases>();
        services.AddScoped<Cases.Family.SetParentCase>();
        services.AddScoped<Cases.Family.GetCaseFamily>();
        services.AddScoped<Cases.Attachments.CaseAttachments>();
        services.AddScoped<Cases.SaveCase>();
        services.AddScoped<Cases.ChangeTeam>();
        services.AddScoped<Cases.AttachToCase>();
        services.AddScoped<Cases.CaseTasks>();
        services.AddScoped<Cases.AddJournalEntry>();
        services.AddScoped<Cases.ListMyTasks>();
        services.AddScoped<Cases.CaseFile.ExportCaseFile>();
        services.AddScoped<GetFirearm>();
        services.AddScoped<EditReference>();
        services.AddScoped<SearchAuditLog>();
        services.AddScoped<ExportAuditLog>();
        services.AddScoped<ListAccounts>();
        services.AddScoped<SaveAccount>();
        services.AddScoped<AccountAccess>();
        services.AddScoped<AddNote>();
        Risk.RiskServiceCollectionExtensions.AddFocalPointRisk(services);
        Tracing.TracingServiceCollectionExtensions.AddFocalPointTracing(services);
        Ballistics.BallisticsServiceCollectionExtensions.AddFocalPointBallistics(services);
        Notifications.NotificationsServiceCollectionExtensions.AddFocalPointNotifications(services);
        Sharing.SharingServiceCollectionExtensions.AddFocalPointSharing(services);
        Cyber.CyberServiceCollectionExtensions.AddFocalPointCyber(services);
        Training.TrainingServiceCollectionExtensions.AddFocalPointTraining(services);
        Infrastructure.InfrastructureServiceCollectionExtensions.AddFocalPointInfrastructure(services);
        services.AddScoped<ListNotes>();
        services.AddOptions<RetentionOptions>();
        services.AddScoped<ListRetentionDue>();
        services.AddScoped<KeepRecord>();
        services.AddScoped<ErasePerson>();
        services.AddScoped<Import.ErasedPersonTraces>();
        services.AddScoped<ExportSubjectAccess>();
        services.AddOptions<Linkage.ResolutionOptions>();
        services.AddScoped<Linkage.RunResolution>();
        services.AddScoped<Linkage.ListReviewQueue>();
        services.AddScoped<Linkage.GetReviewPair>();
        services.AddScoped<Linkage.DecideReviewPair>();
        services.AddScoped<Linkage.PreviewReviewMerge>();
        services.AddScoped<Linkage.GetResolvedEntity>();
        services.AddScoped<Linkage.ChangeEntities>();
        services.AddKnowledgeProducts();
        services.AddFocalPointImport();
        services.AddLinkChart();
        services.AddHomePages();
        Jobs.JobsServiceCollectionExtensions.AddFocalPointJobs(services);
        Community.CommunityServiceCollectionExtensions.AddFocalPointCommunity(services);
        return services;
    }
}
