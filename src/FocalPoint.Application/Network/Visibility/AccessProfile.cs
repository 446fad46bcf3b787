using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Network.Visibility;

/// <summary>
/// Everything that decides what a user may see on the link chart, with the user's name taken out: the role flags, the
/// agency, and the incidents the user reaches beyond what is open to their agency (what they recorded, their case
/// teams' incidents). Users with equal profiles see exactly the same chart, so they share one <see cref="Network.VisibilityMask"/>.
/// Both parts come from <see cref="IncidentVisibility"/>: <see cref="IncidentVisibility.OpenTo"/> evaluated on the
/// snapshot's incident markings, <see cref="IncidentVisibility.ReachedBy"/> queried, so chart and pages cannot disagree.
/// </summary>
internal sealed record AccessProfile(bool Unrestricted, bool ReadsRegistry, bool PersonalData, ReportingAgency? Agency, int[] ExtraIncidentNodes)
{
    private static readonly ConcurrentDictionary<int, Func<Incident, bool>> OpenRules = new();

    /// <summary>Equal for equal profiles; the extra incidents enter as a hash so a user on thousands of cases has a short key.</summary>
    public string Key { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Unrestricted}|{ReadsRegistry}|{PersonalData}|{Agency}|{ExtraIncidentNodes.Length}|{Convert.ToHexString(SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(ExtraIncidentNodes.AsSpan())))}");

    public static async Task<AccessProfile> ReadAsync(UserAccess access, RegistrySnapshot snapshot, FocalPointDbContext db, CancellationToken cancellationToken)
    {
        if (access.Unrestricted || !access.ReadsRegistry)
        {
            return new AccessProfile(access.Unrestricted, access.ReadsRegistry, access.SeesPersonalData, access.Agency, []);
        }

        var open = OpenClasses(snapshot, access.Agency);
        var extra = new List<int>();
        await foreach (var id in db.Incidents.AsNoTracking().Where(IncidentVisibility.ReachedBy(access.UserName, db)).Select(i => i.Id)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // Incidents newer than the snapshot are not in its graph yet; open ones are in every colleague's mask already.
            if (snapshot.IncidentNode(id) is var node and >= 0 && !open[snapshot.Nodes.Markings[node]])
            {
                extra.Add(node);
            }
        }

        extra.Sort();
        return new AccessProfile(false, true, access.SeesPersonalData, access.Agency, [.. extra]);
    }

    /// <summary>Per marking class of the snapshot: whether the agency's open rule admits it (the rule compiled once per agency).</summary>
    public static bool[] OpenClasses(RegistrySnapshot snapshot, ReportingAgency? agency)
    {
        var rule = OpenRules.GetOrAdd(agency is { } a ? (int)a : -1, _ => IncidentVisibility.OpenTo(agency).Compile());
        var classes = snapshot.Nodes.MarkingClasses;
        var open = new bool[Math.Max(1, classes.Count)];
        for (var c = 0; c < classes.Count; c++)
        {
            open[c] = rule(new Incident { Tlp = classes[c].Tlp, HandlingCode = classes[c].HandlingCode, ReportingAgency = classes[c].Agency });
        }

        return open;
    }
}
