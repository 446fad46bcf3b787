using FocalPoint.Application;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Identity;
using FocalPoint.Data.Setup;
using FocalPoint.Web.Account;
using Microsoft.AspNetCore.Identity;

namespace FocalPoint.Web.Hosting;

internal static class ServiceRegistration
{
    public static void AddFocalPointServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<HttpCurrentUser>());
        services.AddScoped<FocalPoint.Application.Security.IAccessContext, FocalPoint.Web.Security.SignedInAccessContext>();
        services.AddScoped<FocalPoint.Web.Security.PurposeMemory>();
        services.AddScoped<FocalPoint.Web.Security.PageAccess>();
        services.AddScoped<FocalPoint.Web.Notifications.NotificationSignal>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddFocalPointData(builder.Configuration);
        services.AddFocalPointAudit(builder.Configuration);
        services.AddFocalPointApplication();
        services.AddOptions<FocalPoint.Application.DataProtection.RetentionOptions>()
            .Bind(builder.Configuration.GetSection(FocalPoint.Application.DataProtection.RetentionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FocalPoint.Application.Community.Referrals.ReferralOptions>()
            .Bind(builder.Configuration.GetSection(FocalPoint.Application.Community.Referrals.ReferralOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FocalPoint.Application.Import.ImportOptions>()
            .Bind(builder.Configuration.GetSection(FocalPoint.Application.Import.ImportOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FocalPoint.Web.Flows.FlowsOptions>().Bind(builder.Configuration.GetSection(FocalPoint.Web.Flows.FlowsOptions.Section))
            .Validate(FocalPoint.Web.Flows.FlowsOptions.IsValid, FocalPoint.Web.Flows.FlowsOptions.Invalid).ValidateOnStart();
        services.AddSingleton<FocalPoint.Web.Flows.MunicipalityShapeSource>();
        services.AddOptions<FocalPoint.Application.Reports.Pdf.PdfOptions>().Bind(builder.Configuration.GetSection(FocalPoint.Application.Reports.Pdf.PdfOptions.Section))
            .Validate(o => o.ChromiumPath.Length > 0 && o.TimeoutSeconds is > 0 and <= 600, "Pdf: ChromiumPath must be set and TimeoutSeconds lie within 1..600.").ValidateOnStart();
        services.AddOptions<FocalPoint.Application.Network.LinkChartOptions>()
            .Bind(builder.Configuration.GetSection(FocalPoint.Application.Network.LinkChartOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FocalPoint.Application.Linkage.ResolutionOptions>()
            .Bind(builder.Configuration.GetSection(FocalPoint.Application.Linkage.ResolutionOptions.Section))
            .Validate(o => o.Problem() is null, "Resolution: the band of doubt must lie within 0..1 with ReviewFrom below ReviewBelow, and settings files must exist.")
            .ValidateOnStart();
        services.AddOptions<FocalPoint.Application.Sharing.SharingOptions>()
            .Bind(builder.Configuration.GetSection(FocalPoint.Application.Sharing.SharingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.AddBackgroundJobs();
        services.AddOptions<DemoAccountOptions>().Bind(builder.Configuration.GetSection(DemoAccountOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.AddIdentity<FocalPointUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<FocalPointDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(CookieSetup.Configure);
        builder.AddAccountSecurity();
        FocalPoint.Web.Security.CapabilityPolicies.AddCapabilityPolicies(services);
        services.AddCascadingAuthenticationState();

        services.AddLocalization();
        services.AddRazorComponents().AddInteractiveServerComponents();
        FocalPoint.Web.Security.RequestLimits.AddRequestLimits(services, builder.Configuration);
        FocalPoint.Web.Cyber.CyberPublicLimits.AddCyberPublicLimits(services, builder.Configuration);
        FocalPoint.Web.Risk.CrossingAdmission.AddCrossingAdmission(services, builder.Configuration);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "FocalPoint API";
            document.Info.Description = "The FAE registry of the Firearms Focal Point. Sign in first: the API uses the same session as the web app.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [HealthEndpoints.Ready])
            .AddCheck<LeaseTableHealthCheck>("leases", tags: [HealthEndpoints.Ready]);
    }
}
