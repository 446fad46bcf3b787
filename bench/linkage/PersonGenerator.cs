using System.Globalization;
using FocalPoint.Linkage;

namespace FocalPoint.Bench.Linkage;

/// <summary>
/// Deterministic synthetic persons as agencies record them: each entity appears 1-4 times with
/// Albanian/Serbian spelling variants, Cyrillic script, typos, swapped names, date slips and gaps.
/// </summary>
internal sealed class PersonGenerator(int seed)
{
    public static readonly string[] Columns = ["id", "first_name", "surname", "father_name", "dob", "personal_no", "phone", "municipality"];

    private readonly Random _rng = new(seed);

    public (RecordTable Table, Dictionary<string, string> Truth) Generate(int records)
    {
        var table = new RecordTable(Columns);
        var truth = new Dictionary<string, string>(records, StringComparer.Ordinal);
        var entity = 0;
        while (table.Count < records)
        {
            var person = NewPerson();
            var copies = 1 + (_rng.NextDouble() < 0.45 ? 1 + (_rng.NextDouble() < 0.4 ? 1 + (_rng.NextDouble() < 0.3 ? 1 : 0) : 0) : 0);
            var entityId = "E" + entity++.ToString(CultureInfo.InvariantCulture);
            for (var c = 0; c < copies && table.Count < records; c++)
            {
                var id = "R" + table.Count.ToString("D7", CultureInfo.InvariantCulture);
                table.Add(c == 0 ? Clean(id, person) : Noisy(id, person));
                truth[id] = entityId;
            }
        }
        return (table, truth);
    }

    private sealed record Person(string First, string Surname, string Father, DateOnly Dob, string PersonalNo, string Phone, string Municipality, bool Serbian);

    private Person NewPerson()
    {
        var serbian = _rng.NextDouble() < 0.12;
        var male = _rng.NextDouble() < 0.8;
        var first = serbian ? Pick(male ? NamePools.SerbianMale : NamePools.SerbianFemale) : Pick(male ? NamePools.AlbanianMale : NamePools.AlbanianFemale);
        var surname = Pick(serbian ? NamePools.SerbianSurnames : NamePools.AlbanianSurnames);
        var father = Pick(serbian ? NamePools.SerbianMale : NamePools.AlbanianMale);
        var dob = new DateOnly(1950, 1, 1).AddDays(_rng.Next(365 * 55));
        var pn = "1" + _rng.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        var phone = "04" + "3459"[_rng.Next(4)] + _rng.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        return new Person(first, surname, father, dob, pn, phone, Pick(NamePools.Municipalities), serbian);
    }

    private string[] Clean(string id, Person p) =>
        [id, p.First, p.Surname, Maybe(p.Father, 0.3), Iso(p.Dob), Maybe(p.PersonalNo, 0.4), Maybe(p.Phone, 0.5), p.Municipality];

    private string[] Noisy(string id, Person p)
    {
        string first = Name(p.First, p.Serbian), surname = Name(p.Surname, p.Serbian);
        if (_rng.NextDouble() < 0.05) (first, surname) = (surname, first);
        if (_rng.NextDouble() < 0.1) { first = first.ToUpperInvariant(); surname = surname.ToUpperInvariant(); }
        var dob = _rng.NextDouble() switch
        {
            < 0.03 when p.Dob.Day <= 12 => new DateOnly(p.Dob.Year, p.Dob.Day, p.Dob.Month),
            < 0.06 => p.Dob.AddDays(_rng.Next(1, 9)),
            < 0.08 => p.Dob.AddYears(1),
            _ => p.Dob,
        };
        var dobText = _rng.NextDouble() < 0.05 ? "" : _rng.NextDouble() < 0.5 ? Iso(dob) : dob.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var pn = _rng.NextDouble() < 0.03 ? Variants.Typo(p.PersonalNo, _rng) : p.PersonalNo;
        return [id, first, surname, Maybe(Name(p.Father, p.Serbian), 0.4), dobText, Maybe(pn, 0.5), Maybe(Phone(p.Phone), 0.6),
            _rng.NextDouble() < 0.15 ? Pick(NamePools.Municipalities) : p.Municipality];
    }

    private string Name(string name, bool serbian) => _rng.NextDouble() switch
    {
        < 0.25 => Variants.Spelling(name, _rng),
        < 0.35 => Variants.Typo(name, _rng),
        < 0.45 when serbian => Variants.Cyrillic(name),
        _ => name,
    };

    private string Phone(string national) => _rng.Next(4) switch
    {
        0 => national,
        1 => "+383 " + national[1..3] + " " + national[3..],
        2 => "00383" + national[1..],
        _ => "+377 " + national[1..],
    };

    private string Maybe(string value, double missing) => _rng.NextDouble() < missing ? "" : value;

    // Zipf-like: the first names of a pool are far more common, as Krasniqi and Gashi are.
    private string Pick(string[] pool) => pool[(int)(pool.Length * Math.Pow(_rng.NextDouble(), 1.8))];

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
