using System.Globalization;
using FocalPoint.Web.Entities;
using FocalPoint.Web.Import;
using FocalPoint.Web.Registry.Firearms;
using FocalPoint.Web.Registry.Incidents;
using FocalPoint.Web.Registry.Persons;

namespace FocalPoint.Web.Audit;

/// <summary>
/// Where a record named in the audit log ("Person/12") lives: its page and the page's component, so the log offers
/// the link only to a reader whose role opens that page. The log's own trail of the record is always offered.
/// </summary>
internal static class AuditRecordLinks
{
    private static readonly Dictionary<string, (string Path, Type Page)> Pages = new(StringComparer.Ordinal)
    {
        ["Person"] = ("/persons/", typeof(PersonPage)),
        ["Incident"] = ("/incidents/", typeof(IncidentDetailsPage)),
        ["Firearm"] = ("/firearms/", typeof(FirearmPage)),
        ["ResolvedEntity"] = ("/entities/", typeof(EntityPage)),
        ["ReviewPair"] = ("/entities/review/", typeof(ReviewPairPage)),
        ["ImportBatch"] = ("/import/", typeof(ImportPage)),
    };

    public static IReadOnlyList<string> Split(string ids) =>
        ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The record's page and the component guarding it, when the id has the form Kind/number of a known kind.</summary>
    public static (string Href, Type Page)? PageOf(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && Pages.TryGetValue(id[..slash], out var target) && long.TryParse(id[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (target.Path + number.ToString(CultureInfo.InvariantCulture), target.Page)
            : null;
    }

    /// <summary>The audit log narrowed to one record: who else consulted it.</summary>
    public static string TrailOf(string id) => "/audit?record=" + Uri.EscapeDataString(id);
}
