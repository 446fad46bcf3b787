namespace FocalPoint.Web.Api;

internal static class ApiV1
{
    /// <summary>All /api/v1 groups; each capability adds its own.</summary>
    public static void MapApiV1(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().RequireRateLimiting(FocalPoint.Web.Security.RequestLimits.ApiPolicy);
        api.MapIncidentsApi();
        api.MapPartiesApi();
        api.MapReferenceApi();
        api.MapReferenceEditApi();
        api.MapAuditApi();
        api.MapAccountsApi();
        api.MapDataProtectionApi();
        api.MapReportsApi();
        api.MapImportApi();
        api.MapFlowsApi();
        api.MapIndicatorsApi();
        api.MapProductsApi();
        api.MapNetworkApi();
        api.MapEntitiesApi();
        api.MapCasesApi();
        FocalPoint.Web.Risk.CrossingsApi.MapCrossingsApi(api);
        FocalPoint.Web.Tracing.TracesApi.MapTracesApi(api);
        FocalPoint.Web.Tracing.StolenApi.MapStolenApi(api);
        FocalPoint.Web.Ballistics.BallisticsApi.MapBallisticsApi(api);
        FocalPoint.Web.Community.ReferralsApi.MapReferralsApi(api);
        FocalPoint.Web.Community.Safety.SafetyApi.MapSafetyApi(api);
        FocalPoint.Web.Cyber.CyberApi.MapCyberApi(api);
        FocalPoint.Web.Cyber.CyberPublicApi.MapCyberPublicApi(api);
        FocalPoint.Web.Sharing.SharingApi.MapSharingApi(api);
        FocalPoint.Web.Training.TrainingApi.MapTrainingApi(api);
        FocalPoint.Web.Infrastructure.InfrastructureApi.MapInfrastructureApi(api);
    }
}
