using FocalPoint.Linkage.Normalisation;

namespace FocalPoint.Linkage.Suggestion;

/// <summary>What a column holds, guessed from its name first and its values second.</summary>
internal enum Role { Skip, Id, FirstName, Surname, FullName, OtherName, BirthDate, Email, Phone, Postcode, Town, Address, PersonalNumber, Sex }

internal static class ColumnRole
{
    private static readonly (Role Role, string[] Words)[] ByName =
    [
        (Role.FirstName, ["firstname", "givenname", "forename", "fname", "first"]),
        (Role.Surname, ["surname", "lastname", "familyname", "lname", "last", "family"]),
        (Role.OtherName, ["middlename", "fathername", "father", "middle", "patronymic"]),
        (Role.BirthDate, ["dateofbirth", "birthdate", "dob", "birth", "born"]),
        (Role.Email, ["email", "mail"]),
        (Role.Phone, ["phone", "telephone", "mobile", "tel"]),
        (Role.Postcode, ["postcode", "postalcode", "zipcode", "zip", "postal"]),
        (Role.Town, ["town", "city", "locality", "municipality", "suburb"]),
        (Role.Address, ["address", "street", "addr"]),
        (Role.PersonalNumber, ["personalnumber", "personalno", "nationalid", "ssn", "passport", "idnumber"]),
        (Role.Sex, ["sex", "gender"]),
        (Role.FullName, ["fullname", "name"]),
    ];

    public static Role Guess(string column, IReadOnlyList<string?> sample)
    {
        var key = new string([.. column.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        if (key is "id" or "recordid" or "recid" or "uid" || key.EndsWith("id", StringComparison.Ordinal) && Unique(sample)) return Role.Id;
        foreach (var (role, words) in ByName)
        {
            if (words.Any(w => key == w || key.Contains(w, StringComparison.Ordinal))) return role;
        }
        var present = sample.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
        if (present.Count == 0) return Role.Skip;
        if (Share(present, v => v.Contains('@', StringComparison.Ordinal)) > 0.8) return Role.Email;
        if (Share(present, v => DateText.TryParse(v, out _)) > 0.8) return Role.BirthDate;
        return Role.Skip;
    }

    public static bool Unique(IReadOnlyList<string?> values) =>
        values.All(v => !string.IsNullOrWhiteSpace(v)) && values.Distinct(StringComparer.Ordinal).Count() == values.Count;

    /// <summary>True when the values look Albanian, Serbian or Cyrillic: then the regional spelling key is the right fold.</summary>
    public static bool Regional(IEnumerable<string?> values) =>
        values.Any(v => v is not null && (Cyrillic.Contains(v) || v.AsSpan().IndexOfAny("ëËçÇćĆčČšŠžŽđĐ") >= 0));

    private static double Share(List<string> values, Func<string, bool> test) => (double)values.Count(test) / values.Count;
}
