namespace FocalPoint.Linkage.Tests;

/// <summary>Builders for settings and small person tables.</summary>
internal static class TestData
{
    public static readonly string[] Columns = ["id", "first_name", "surname", "dob", "personal_no"];

    public static LinkageSettings PersonSettings() => new()
    {
        UniqueIdColumn = "id",
        Comparisons =
        [
            new() { Column = "first_name", Normalisers = ["spelling-key"], Comparator = "jaro-winkler", Levels = [0.92, 0.8], TermFrequency = true, SwapColumn = "surname" },
            new() { Column = "surname", Normalisers = ["spelling-key"], Comparator = "jaro-winkler", Levels = [0.92, 0.8], TermFrequency = true },
            new() { Column = "dob", Normalisers = ["date"], Comparator = "date", Levels = [366] },
            new() { Column = "personal_no", Normalisers = ["digits"], Comparator = "personal-number" },
        ],
        BlockingRules =
        [
            new() { Name = "surname", Keys = [new() { Column = "surname", Normalisers = ["spelling-key", "prefix:3"] }] },
            new() { Name = "dob", Keys = [new() { Column = "dob", Normalisers = ["date"] }] },
        ],
        USampleSize = 5000,
    };

    public static RecordTable Table(params string?[][] rows)
    {
        var t = new RecordTable(Columns);
        foreach (var r in rows) t.Add(r);
        return t;
    }

    /// <summary>
    /// Persons with Albanian/Serbian variants: entity k has a clean record and a variant record,
    /// plus a few singletons. Truth maps record id to entity.
    /// </summary>
    public static (RecordTable Table, Dictionary<string, string> Truth) Synthetic(int entities, int seed = 1)
    {
        string[] first = ["Agim", "Arben", "Besnik", "Driton", "Fatmir", "Gëzim", "Xhavit", "Shkëlzen", "Qëndrim", "Marko", "Đorđe", "Nikola", "Dušan", "Valon", "Ilir", "Jetmir"];
        string[] last = ["Krasniqi", "Gashi", "Berisha", "Hoxha", "Shala", "Thaçi", "Jovanović", "Petrović", "Çeku", "Zhuri", "Rexhepi", "Bytyqi", "Kelmendi", "Morina", "Hyseni", "Sylejmani", "Đurić", "Ilić"];
        var rng = new Random(seed);
        var t = new RecordTable(Columns);
        var truth = new Dictionary<string, string>();
        for (var e = 0; e < entities; e++)
        {
            var f = first[rng.Next(first.Length)];
            var s = last[rng.Next(last.Length)];
            var dob = new DateOnly(1960, 1, 1).AddDays(rng.Next(15000));
            var pn = rng.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            t.Add($"a{e}", f, s, dob.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), pn);
            truth[$"a{e}"] = $"E{e}";
            if (e % 4 == 3) continue;
            var (vf, vs) = (Variant(f, rng), Variant(s, rng));
            if (e % 10 == 0) (vf, vs) = (vs, vf);
            var vd = e % 7 == 0 && dob.Day <= 12 ? new DateOnly(dob.Year, dob.Day, dob.Month) : dob;
            t.Add($"b{e}", vf.ToUpperInvariant(), vs, vd.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), e % 3 == 0 ? null : pn);
            truth[$"b{e}"] = $"E{e}";
        }
        return (t, truth);
    }

    private static string Variant(string name, Random rng) => rng.Next(4) switch
    {
        0 => name.Replace("q", "ć", StringComparison.Ordinal).Replace("ç", "č", StringComparison.Ordinal),
        1 => name.Replace("ë", "", StringComparison.Ordinal).Replace("sh", "š", StringComparison.Ordinal).Replace("xh", "dž", StringComparison.OrdinalIgnoreCase),
        2 => name.Replace("q", "k", StringComparison.Ordinal).Replace("ć", "c", StringComparison.Ordinal).Replace("đ", "dj", StringComparison.Ordinal),
        _ => name,
    };
}
