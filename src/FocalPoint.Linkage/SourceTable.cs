namespace FocalPoint.Linkage;

/// <summary>One named source of a multi-source run: its records' ids need be unique only within it.</summary>
/// <param name="Name">Short name without ':', such as "police" or "border"; record ids in results read "name:id".</param>
/// <param name="Records">The source's records.</param>
public sealed record SourceTable(string Name, RecordTable Records)
{
    /// <summary>The id a multi-source result gives a record: "source:id".</summary>
    public static string Qualify(string source, string id) => source + ":" + id;

    /// <summary>Splits a multi-source result's id into source and record id.</summary>
    public static (string Source, string Id) Split(string qualifiedId)
    {
        var colon = qualifiedId.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? ("", qualifiedId) : (qualifiedId[..colon], qualifiedId[(colon + 1)..]);
    }
}
