using System.Globalization;
using FocalPoint.Application.Network;
using FocalPoint.Network;
using FocalPoint.Web.Localisation;
using Microsoft.Extensions.Localization;

namespace FocalPoint.Web.Network;

/// <summary>
/// The chart's codes in the reader's words: node details are stored language-free in the snapshot (an incident's
/// kind, an organisation's or identifier's kind, a birth date as ISO) and exports keep them so; the page words them.
/// </summary>
internal static class ChartText
{
    public static string? Detail(this IStringLocalizer<SharedResource> l, ChartNode node)
    {
        if (node.Detail is not { } detail)
        {
            return null;
        }

        return node.Type switch
        {
            "incident" => Enum(l, "IncidentKind", detail),
            "organisation" => Enum(l, "OrganisationKind", detail),
            "identifier" => Enum(l, "CommunicationKind", detail),
            "person" when DateOnly.TryParseExact(detail, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) =>
                l["Chart_Born", born.ToString("d", CultureInfo.CurrentCulture)],
            _ => detail,
        };
    }

    /// <summary>Every link type the chart draws, in the reader's words (membership links are "{role}In").</summary>
    public static Dictionary<string, string> LinkWords(IStringLocalizer<SharedResource> l)
    {
        var words = System.Enum.GetNames<Domain.Links.LinkType>().ToDictionary(t => t, t => l[$"LinkType_{t}"].Value, StringComparer.Ordinal);
        foreach (var role in System.Enum.GetNames<Domain.Parties.PersonRole>())
        {
            words[role + "In"] = l["Chart_Link_RoleIn", l[$"PersonRole_{role}"]].Value;
        }

        words["RecordedIn"] = l["Chart_Link_RecordedIn"].Value;
        words["OccurredIn"] = l["Chart_Link_OccurredIn"].Value;
        words["LocatedIn"] = l["Chart_Link_LocatedIn"].Value;
        words["BallisticHit"] = l["Chart_Link_BallisticHit"].Value;
        return words;
    }

    public static string Reason(this IStringLocalizer<SharedResource> l, KeyPlayerReason reason) =>
        l[$"KeyPlayer_{reason.Code}", reason.Count, reason.Percent];

    private static string Enum(IStringLocalizer<SharedResource> l, string type, string value) =>
        l[$"{type}_{value}"] is { ResourceNotFound: false } text ? text.Value : value;
}
