using System.Globalization;

namespace FocalPoint.Linkage.Tests.Generators;

/// <summary>One true person: what every clean record of them says.</summary>
internal sealed record Person(string Entity, string FirstName, string Surname, DateOnly Birth, string Address, string Town, string Postcode, string Email)
{
    public static readonly string[] Columns = ["id", "first_name", "surname", "dob", "address", "town", "postcode", "email"];

    public string?[] Row(string id) =>
        [id, FirstName, Surname, Birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Address, Town, Postcode, Email];
}

/// <summary>
/// A population of English-language persons with addresses: each town has a few postcode districts, each street
/// one postcode, so a postcode says the town (the redundant pair that misleads EM when both are compared).
/// </summary>
internal static class Population
{
    public static List<Person> Generate(int count, Random rng, double surnameSkew = 1.0)
    {
        var people = new List<Person>(count);
        for (var e = 0; e < count; e++)
        {
            var first = EnglishPools.FirstNames[EnglishPools.Zipf(rng, EnglishPools.FirstNames.Length, 0.6)];
            var surname = EnglishPools.Surnames[EnglishPools.Zipf(rng, EnglishPools.Surnames.Length, surnameSkew)];
            var birth = new DateOnly(1940, 1, 1).AddDays(rng.Next(65 * 365));
            var (address, town, postcode) = Address(rng);
            var email = $"{first}.{surname}{rng.Next(100)}@{EnglishPools.Domains[rng.Next(EnglishPools.Domains.Length)]}";
            people.Add(new Person($"P{e}", first, surname, birth, address, town, postcode, email));
        }
        return people;
    }

    public static (string Address, string Town, string Postcode) Address(Random rng)
    {
        var t = EnglishPools.Zipf(rng, EnglishPools.Towns.Length, 0.7);
        var (town, area) = EnglishPools.Towns[t];
        var s = rng.Next(EnglishPools.Streets.Length);
        var district = 1 + (s + t) % 4;
        // The inward code follows from town and street: everyone on one street shares a postcode.
        var inward = $"{(s * 7 + t) % 10}{(char)('A' + (s * 3 + t) % 26)}{(char)('A' + (s * 11 + t * 5) % 26)}";
        var house = rng.Next(1, 200).ToString(CultureInfo.InvariantCulture);
        return ($"{house} {EnglishPools.Streets[s]}", town, $"{area}{district} {inward}");
    }
}
