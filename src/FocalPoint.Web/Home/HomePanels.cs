using System.Security.Claims;
using FocalPoint.Data.Identity;

namespace FocalPoint.Web.Home;

/// <summary>The parts a home page can show; each is a component of this folder.</summary>
internal enum HomePanel
{
    Summary,
    Notifications,
    ProductDrafts,
    Sharing,
    MyCases,
    MyIncidents,
    AgencyIncidents,
    LatestIncidents,
    MyImports,
    Audit,
    Accounts,
    CommunitySafety,
    ReferralFigures,
    ReferralModule,
    CyberClocks,
    CyberReporting,
    Training,
    Infrastructure,
    WhatYouCanDo,
}

/// <summary>
/// Which work each role finds on its home page. A user with several roles sees the union, in the order of
/// <see cref="HomePanel"/>. What a panel may show is still decided by the use cases and the page policies.
/// </summary>
internal static class HomePanels
{
    private static readonly Dictionary<string, HomePanel[]> ByRole = new(StringComparer.Ordinal)
    {
        [Roles.Administrator] = [HomePanel.Accounts, HomePanel.WhatYouCanDo],
        [Roles.Analyst] = [HomePanel.Notifications, HomePanel.Summary, HomePanel.ProductDrafts, HomePanel.MyCases, HomePanel.MyIncidents, HomePanel.WhatYouCanDo],
        [Roles.Investigator] = [HomePanel.Notifications, HomePanel.MyCases, HomePanel.MyIncidents, HomePanel.WhatYouCanDo],
        [Roles.BorderOfficer] = [HomePanel.Notifications, HomePanel.AgencyIncidents, HomePanel.MyImports, HomePanel.WhatYouCanDo],
        [Roles.CustomsOfficer] = [HomePanel.Notifications, HomePanel.AgencyIncidents, HomePanel.MyImports, HomePanel.WhatYouCanDo],
        [Roles.Commander] = [HomePanel.Notifications, HomePanel.Summary, HomePanel.Sharing, HomePanel.WhatYouCanDo],
        [Roles.LiaisonOfficer] = [HomePanel.Notifications, HomePanel.Sharing, HomePanel.WhatYouCanDo, HomePanel.LatestIncidents],
        [Roles.Auditor] = [HomePanel.Audit, HomePanel.WhatYouCanDo],
        [Roles.MunicipalCoordinator] = [HomePanel.CommunitySafety, HomePanel.ReferralFigures],
        [Roles.ReferralCaseWorker] = [HomePanel.ReferralModule],
        [Roles.CyberUnit] = [HomePanel.CyberClocks, HomePanel.WhatYouCanDo],
        [Roles.CyberReporter] = [HomePanel.CyberReporting],
        [Roles.TrainingOfficer] = [HomePanel.Training, HomePanel.WhatYouCanDo],
        [Roles.InfrastructureMinistry] = [HomePanel.Infrastructure, HomePanel.WhatYouCanDo],
        [Roles.InfrastructureOperator] = [HomePanel.Infrastructure],
        [Roles.ForensicExaminer] = [HomePanel.Notifications, HomePanel.WhatYouCanDo],
    };

    public static IReadOnlyList<HomePanel> For(ClaimsPrincipal user) =>
        [.. ByRole.Where(r => user.IsInRole(r.Key)).SelectMany(r => r.Value).Distinct().Order()];
}
