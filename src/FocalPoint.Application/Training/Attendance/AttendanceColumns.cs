using FocalPoint.Linkage;

namespace FocalPoint.Application.Training.Attendance;

/// <summary>What a column of an attendance sheet holds.</summary>
public enum AttendanceField
{
    GivenName,
    FamilyName,
    FullName,
    Sex,
    BirthYear,
    Age,
    AgeBand,
    Institution,
    RankOrRole,
    Region,
    Certified,
    Date,
}

/// <summary>
/// The headers trainers write in their spreadsheets, in English, Albanian and Serbian, compared after the linkage
/// search fold (case, accents and Cyrillic ignored: "Godina rođenja", "ГОДИНА РОЂЕЊА" and "godina rodjenja" agree).
/// </summary>
public static class AttendanceColumns
{
    private static readonly Dictionary<string, AttendanceField> Aliases = Build(new()
    {
        [AttendanceField.GivenName] = ["given name", "first name", "firstname", "emri", "ime"],
        [AttendanceField.FamilyName] = ["family name", "surname", "last name", "lastname", "mbiemri", "prezime"],
        [AttendanceField.FullName] = ["name", "full name", "participant", "emri dhe mbiemri", "emri mbiemri", "pjesemarresi", "ime i prezime", "ime prezime", "ucesnik"],
        [AttendanceField.Sex] = ["sex", "gender", "gjinia", "gjini", "pol"],
        [AttendanceField.BirthYear] = ["birth year", "year of birth", "viti i lindjes", "viti lindjes", "godina rodjenja", "godina rodenja"],
        [AttendanceField.Age] = ["age", "mosha", "starost", "godine"],
        [AttendanceField.AgeBand] = ["age band", "age group", "grupmosha", "grupmoshe", "grupa e moshes", "starosna grupa", "starosna kategorija"],
        [AttendanceField.Institution] = ["institution", "agency", "institucioni", "agjencia", "institucija", "agencija"],
        [AttendanceField.RankOrRole] = ["rank", "role", "rank or role", "position", "grada", "roli", "pozita", "pozicioni", "cin", "funkcija", "pozicija"],
        [AttendanceField.Region] = ["region", "rajoni", "regjioni", "regija"],
        [AttendanceField.Certified] = ["certified", "certificate", "certifikuar", "certifikata", "certifikate", "sertifikat", "sertifikovan", "certifikat"],
        [AttendanceField.Date] = ["date", "attendance date", "data", "datum"],
    });

    /// <summary>Each recognised field and the index of its column (the first such column); other columns are left aside.</summary>
    public static IReadOnlyDictionary<AttendanceField, int> Map(IReadOnlyList<string> headers)
    {
        var map = new Dictionary<AttendanceField, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (Aliases.TryGetValue(Fold(headers[i]), out var field))
            {
                map.TryAdd(field, i);
            }
        }

        return map;
    }

    /// <summary>Whether the sheet names its participants: given and family name columns, or one name column.</summary>
    public static bool NamesPersons(IReadOnlyDictionary<AttendanceField, int> map) =>
        map.ContainsKey(AttendanceField.FullName) || (map.ContainsKey(AttendanceField.GivenName) && map.ContainsKey(AttendanceField.FamilyName));

    public static string Fold(string text) => Normalisers.SearchFold(text).Trim();

    private static Dictionary<string, AttendanceField> Build(Dictionary<AttendanceField, string[]> table) =>
        table.SelectMany(p => p.Value.Select(a => (Alias: a, Field: p.Key))).ToDictionary(p => p.Alias, p => p.Field, StringComparer.Ordinal);
}
