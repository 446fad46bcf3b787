namespace FocalPoint.Linkage.Suggestion;

/// <summary>
/// Blocking rules that still find a pair with one typo anywhere in the names: both names exact; birth date with
/// either initial; and exact contacts (e-mail, phone, personal number) that survive any name change.
/// </summary>
internal static class SuggestedBlocking
{
    public static IEnumerable<BlockingRuleSettings> Rules(List<string> columns, Dictionary<string, Role> roles, string nameFold)
    {
        string? Of(Role r) => columns.FirstOrDefault(c => roles[c] == r);
        BlockingKeySettings Key(string column, params string[] normalisers) => new() { Column = column, Normalisers = [.. normalisers] };
        var (first, surname, full, dob) = (Of(Role.FirstName), Of(Role.Surname), Of(Role.FullName), Of(Role.BirthDate));
        var postcode = Of(Role.Postcode);
        if (first is not null && surname is not null)
            yield return new() { Name = "surname+first name", Keys = [Key(surname, nameFold), Key(first, nameFold)] };
        else if (full is not null)
            yield return new() { Name = "name", Keys = [Key(full, nameFold, "sorted-tokens")] };
        if (dob is not null)
        {
            if (first is not null) yield return new() { Name = "birth date+first initial", Keys = [Key(dob, "date"), Key(first, nameFold, "prefix:1")] };
            if (surname is not null) yield return new() { Name = "birth date+surname initial", Keys = [Key(dob, "date"), Key(surname, nameFold, "prefix:1")] };
            if (first is null && surname is null) yield return new() { Name = "birth date", Keys = [Key(dob, "date")] };
        }
        if (postcode is not null && surname is not null)
            yield return new() { Name = "postcode+surname start", Keys = [Key(postcode, "text"), Key(surname, nameFold, "prefix:3")] };
        foreach (var (role, normaliser) in new[] { (Role.Email, "casefold"), (Role.Phone, "phone"), (Role.PersonalNumber, "digits") })
        {
            if (Of(role) is { } c) yield return new() { Name = c, Keys = [Key(c, normaliser)] };
        }
    }
}
