using System.Globalization;
using FocalPoint.Risk.Crossings;

namespace FocalPoint.Risk.Synthetic;

/// <summary>Synthetic vehicles with their usual crossing point and travellers.</summary>
internal static class Population
{
    public sealed record Vehicle(string Plate, string Country, string Type, string Origin, string Home, CrossingPerson[] Persons);

    public static Vehicle[] Vehicles(Random random, int count)
    {
        var vehicles = new Vehicle[count];
        for (var i = 0; i < count; i++)
        {
            var country = TrafficGenerator.Countries[random.Next(TrafficGenerator.Countries.Length)];
            var persons = new CrossingPerson[1 + (random.Next(10) < 6 ? 0 : random.Next(1, 3))];
            for (var p = 0; p < persons.Length; p++) persons[p] = new CrossingPerson(Name(random), BirthDate(random), Document(random));
            var origin = random.Next(3) == 0 ? TrafficGenerator.Countries[random.Next(TrafficGenerator.Countries.Length)] : country;
            vehicles[i] = new Vehicle(country == "XK" ? KosovoPlate(random) : ForeignTrafficPlate(random), country,
                TrafficGenerator.VehicleTypes[random.Next(TrafficGenerator.VehicleTypes.Length)], origin,
                TrafficGenerator.CrossingPoints[random.Next(TrafficGenerator.CrossingPoints.Length)], persons);
        }
        return vehicles;
    }

    public static string Name(Random random) =>
        NamePool.Given[random.Next(NamePool.Given.Length)] + " " + NamePool.Surnames[random.Next(NamePool.Surnames.Length)];

    public static DateOnly BirthDate(Random random) => new DateOnly(1950, 1, 1).AddDays(random.Next(20_000));

    // Kosovo: region 01-07, three digits, two letters ("01123AB").
    private static string KosovoPlate(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"0{random.Next(1, 8)}{random.Next(1000):D3}{Letter(random)}{Letter(random)}");

    // Foreign traffic: two letters, four digits, one letter.
    private static string ForeignTrafficPlate(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{Letter(random)}{Letter(random)}{random.Next(10000):D4}{Letter(random)}");

    /// <summary>Watch-listed foreign plates: two letters, three digits, two letters, a format clean traffic does not use.</summary>
    public static string ForeignPlate(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{Letter(random)}{Letter(random)}{random.Next(1000):D3}{Letter(random)}{Letter(random)}");

    private static string Document(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"P{random.Next(10_000_000):D7}");

    private static char Letter(Random random) => (char)('A' + random.Next(26));
}
