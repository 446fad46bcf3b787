using System.Security.Claims;
using FocalPoint.Web.Admin;
using FocalPoint.Web.Audit;
using FocalPoint.Web.DataProtection;
using FocalPoint.Web.Entities;
using FocalPoint.Web.Flows;
using FocalPoint.Web.Import;
using FocalPoint.Web.Network;
using FocalPoint.Web.Reference;
using FocalPoint.Web.Registry.Incidents;
using FocalPoint.Web.Registry.Persons;
using FocalPoint.Web.Reports;

namespace FocalPoint.Web.Components.Layout;

/// <summary>One link of the navigation: a resource key for its text and the page it opens (address and access come from the page).</summary>
internal sealed record MenuItem(string LabelKey, Type Page)
{
    public string Href => Security.PageAccess.AddressOf(Page);
}

/// <summary>A drop-down of the navigation; shown only when at least one of its items is.</summary>
internal sealed record MenuGroup(string Id, string LabelKey, IReadOnlyList<MenuItem> Items);

/// <summary>
/// The navigation as a table. Each item names its page; whether it is shown is decided by that page's own
/// authorization policy (<see cref="Security.PageAccess"/>), so nothing here repeats a role.
/// </summary>
internal static class MenuTable
{
    public static readonly IReadOnlyList<MenuGroup> Groups =
    [
        new("registry", "Nav_Registry",
        [
            new("Nav_Incidents", typeof(IncidentList)),
            new("Nav_NewIncident", typeof(IncidentEdit)),
            new("Nav_Persons", typeof(PersonSearchPage)),
            new("Nav_Cases", typeof(FocalPoint.Web.Cases.CaseListPage)),
            new("Nav_Import", typeof(ImportPage)),
            new("Import_Batches", typeof(ImportBatchesPage)),
            new("Nav_Retention", typeof(RetentionQueuePage)),
            new("Stolen_Search_Title", typeof(FocalPoint.Web.Tracing.StolenSearchPage)),
            new("Traces_Title", typeof(FocalPoint.Web.Tracing.TracesPage)),
            new("Ballistic_Title", typeof(FocalPoint.Web.Ballistics.BallisticsPage)),
            new("Share_Send_Title", typeof(FocalPoint.Web.Sharing.SendPage)),
            new("Share_Receive_Title", typeof(FocalPoint.Web.Sharing.ReceivePage)),
            new("Share_Partners_Title", typeof(FocalPoint.Web.Sharing.PartnersPage)),
            new("Share_Approvals_Title", typeof(FocalPoint.Web.Sharing.ApprovalsPage)),
        ]),
        new("analysis", "Nav_Analysis",
        [
            new("Dash_Title", typeof(FocalPoint.Web.Indicators.DashboardPage)),
            new("Entity_Nav", typeof(ReviewQueuePage)),
            new("Chart_Nav", typeof(LinkChartPage)),
            new("Nav_Reports", typeof(IafqPage)),
            new("Product_Title", typeof(FocalPoint.Web.Products.ProductsPage)),
            new("Flow_Nav", typeof(FlowsPage)),
            new("Training_Figures_Title", typeof(FocalPoint.Web.Training.TrainingFiguresPage)),
        ]),

        new("border", "Nav_Border",
        [
            new("Ciram_Title", typeof(FocalPoint.Web.Risk.Assessments.AssessmentsPage)),
            new("Risk_Profiles_Title", typeof(FocalPoint.Web.Risk.RiskProfilesPage)),
            new("Screen_Title", typeof(FocalPoint.Web.Risk.ScreenFilePage)),
            new("Risk_Hits_Title", typeof(FocalPoint.Web.Risk.HitQueuePage)),
        ]),

        new("cyber", "Nav_Cyber",
        [
            new("Cyber_Queue_Title", typeof(FocalPoint.Web.Cyber.CyberQueuePage)),
            new("Cyber_Figures_Title", typeof(FocalPoint.Web.Cyber.CyberFiguresPage)),
        ]),

        new("programme", "Nav_Programme",
        [
            new("Training_Title", typeof(FocalPoint.Web.Training.TrainingCoursesPage)),
            new("Training_Review_Title", typeof(FocalPoint.Web.Training.TrainingReviewPage)),
            new("Infra_Title", typeof(FocalPoint.Web.Infrastructure.InfrastructurePage)),
        ]),

        new("community", "Nav_Community",
        [
            new("Safety_Title", typeof(FocalPoint.Web.Community.Safety.SafetyAuditsPage)),
            new("Council_Title", typeof(FocalPoint.Web.Community.Safety.MeetingsPage)),
            new("Ref_Title", typeof(FocalPoint.Web.Community.ReferralsPage)),
            new("Ref_New", typeof(FocalPoint.Web.Community.ReferralFormPage)),
            new("Ref_Figures", typeof(FocalPoint.Web.Community.ReferralFiguresPage)),
        ]),

        new("admin", "Nav_Admin",
        [
            new("Nav_Accounts", typeof(AccountsPage)),
            new("Reference_Data", typeof(ReferenceAdmin)),
            new("Audit_Log", typeof(AuditLogPage)),
            new("Jobs_Title", typeof(JobsPage)),
            new("Ind_Cat_Title", typeof(FocalPoint.Web.Indicators.IndicatorCataloguePage)),
        ]),
    ];

    /// <summary>The menus and items the user may open, in table order; menus with no such item are left out.</summary>
    public static async Task<IReadOnlyList<(MenuGroup Group, IReadOnlyList<MenuItem> Items)>> VisibleToAsync(Security.PageAccess access, ClaimsPrincipal user)
    {
        var shown = new List<(MenuGroup, IReadOnlyList<MenuItem>)>();
        if (user.Identity?.IsAuthenticated != true)
        {
            return shown;
        }

        foreach (var group in Groups)
        {
            var items = new List<MenuItem>();
            foreach (var item in group.Items)
            {
                if (await access.MayOpenAsync(user, item.Page))
                {
                    items.Add(item);
                }
            }

            if (items.Count > 0)
            {
                shown.Add((group, items));
            }
        }

        return shown;
    }
}
