using FocalPoint.Domain.Sharing;

namespace FocalPoint.Application.Sharing.Sending;

/// <summary>
/// The recipient's rule, applied to the fields before anything is serialised: what the preview shows is what is
/// sealed, and a forbidden value never reaches a buffer that could be written out.
/// </summary>
public static class Redaction
{
    /// <summary>Fields that identify a person: they go only to partners allowed persons; others get the reference alone.</summary>
    public static readonly IReadOnlySet<string> PersonFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "givenName", "familyName", "fatherName", "originalScriptName", "dateOfBirth", "personalNumber", "nationality",
    };

    public static Dictionary<string, string> Apply(string type, Dictionary<string, string> fields, SharingPartner partner)
    {
        var never = partner.NeverSend.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return fields
            .Where(f => !string.IsNullOrEmpty(f.Value) && !never.Contains(f.Key) && (partner.PersonsAllowed || type != "person" || !PersonFields.Contains(f.Key)))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }
}
