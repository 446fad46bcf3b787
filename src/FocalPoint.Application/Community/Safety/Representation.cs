using FocalPoint.Domain.Community;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Community.Safety;

/// <summary>How many attended, and how many of them were women, youth (under 25) and members of non-majority communities.</summary>
public sealed record Representation(int Attendees, int Women, int Youth, int Minorities)
{
    public static readonly Representation None = new(0, 0, 0, 0);

    public static Representation Of(IEnumerable<(Sex Sex, AgeBand Age, CommunityGroup Community)> attendees, CommunityGroup majority)
    {
        var list = attendees.ToList();
        return new Representation(
            list.Count,
            list.Count(a => a.Sex == Sex.Female),
            list.Count(a => a.Age is AgeBand.Under18 or AgeBand.From18To24),
            list.Count(a => a.Community != majority && a.Community != CommunityGroup.NotReported));
    }

    public Representation Add(Representation other) =>
        new(Attendees + other.Attendees, Women + other.Women, Youth + other.Youth, Minorities + other.Minorities);
}

/// <summary>
/// The majority community of each municipality (2011 census and OSCE municipal profiles): a minority is any other
/// community. Ten municipalities have a Serb majority and Mamusha a Turkish one; the rest an Albanian one.
/// </summary>
public static class MunicipalMajority
{
    private static readonly IReadOnlyDictionary<string, CommunityGroup> Exceptions = new Dictionary<string, CommunityGroup>(StringComparer.Ordinal)
    {
        ["gracanice"] = CommunityGroup.Serb, ["mitrovice-veri"] = CommunityGroup.Serb, ["zvecan"] = CommunityGroup.Serb,
        ["zubin-potok"] = CommunityGroup.Serb, ["leposaviq"] = CommunityGroup.Serb, ["ranillug"] = CommunityGroup.Serb,
        ["kllokot"] = CommunityGroup.Serb, ["partesh"] = CommunityGroup.Serb, ["shterpce"] = CommunityGroup.Serb,
        ["novoberde"] = CommunityGroup.Serb, ["mamushe"] = CommunityGroup.Turkish,
    };

    public static CommunityGroup Of(string municipalityCode) => Exceptions.GetValueOrDefault(municipalityCode, CommunityGroup.Albanian);
}
