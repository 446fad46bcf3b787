using System.Reflection;
using FocalPoint.Application.Security;
using FocalPoint.Data.Identity;
using FocalPoint.Web.Components.Layout;
using FocalPoint.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace FocalPoint.Web.Tests.Security;

/// <summary>The one access rule holds together: pages name capabilities, the menu links real pages, old role lists agree.</summary>
public sealed class CapabilityTableTests
{
    private static readonly IReadOnlyList<Type> Pages = [.. typeof(Program).Assembly.GetTypes().Where(t => t.GetCustomAttributes<RouteAttribute>().Any())];

    [Fact]
    public void Pages_Authorized_NameACapabilityPolicyNeverRoles()
    {
        var attributes = Pages.SelectMany(p => p.GetCustomAttributes<AuthorizeAttribute>().Select(a => (Page: p.Name, a.Policy, a.Roles))).ToList();

        Assert.NotEmpty(attributes);
        Assert.All(attributes, a => Assert.Null(a.Roles));
        Assert.All(attributes.Where(a => a.Policy is not null), a => Assert.Contains(a.Policy!, Capabilities.Table.Keys));
    }

    [Fact]
    public void Menu_EveryItem_LinksToARoutedAuthorizedPage()
    {
        var items = MenuTable.Groups.SelectMany(g => g.Items).ToList();

        Assert.All(items, item => Assert.StartsWith("/", item.Href, StringComparison.Ordinal));
        Assert.All(items, item => Assert.NotNull(item.Page.GetCustomAttribute<AuthorizeAttribute>()));
        Assert.Equal(items.Count, items.Select(i => i.Href).Distinct().Count());
    }

    [Theory]
    [InlineData(Roles.RegistryReaders, Capabilities.RegistryRead)]
    [InlineData(Roles.RegistryEditors, Capabilities.RegistryEdit)]
    [InlineData(Roles.PersonalDataReaders, Capabilities.PersonalData)]
    [InlineData(Roles.StatisticsReaders, Capabilities.Statistics)]
    public void RoleLists_KeptForOtherCode_AgreeWithTheCapabilityTable(string roles, string capability) =>
        Assert.Equal(Capabilities.RolesOf(capability).Order(), roles.Split(',').Order());

    [Fact]
    public void Capabilities_EveryRoleHeldSomewhere()
    {
        var holding = Capabilities.Table.Values.SelectMany(r => r).ToHashSet();

        Assert.DoesNotContain(Roles.All, r => !holding.Contains(r));
    }

    [Fact]
    public void Capabilities_Referrals_HeldByTheCaseWorkerAlone() =>
        Assert.Equal([Roles.ReferralCaseWorker], Capabilities.RolesOf(Capabilities.Referrals));

    [Fact]
    public void PageAccess_AddressOf_IsThePagesRouteWithoutParameters() =>
        Assert.Equal("/incidents/new", PageAccess.AddressOf(typeof(FocalPoint.Web.Registry.Incidents.IncidentEdit)));
}
