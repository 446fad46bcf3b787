using FocalPoint.Domain.Items;

namespace FocalPoint.Application.Demo;

/// <summary>Where a weapon turns up: each context draws from the catalogue with its own weights.</summary>
internal enum WeaponContext
{
    Seizure,
    Misuse,
    Found,
    Legal,
    Border,
}

/// <summary>One kind of weapon seen in Kosovo (DOMAIN.md 5.7), with how often it turns up in each context.</summary>
/// <param name="SerialPattern"># is a digit, @ a capital letter; empty when the maker puts no serial.</param>
/// <param name="Weights">Relative frequency per <see cref="WeaponContext"/>, in enum order.</param>
internal sealed record WeaponProfile(
    string Type,
    string Make,
    string Model,
    string? Calibre,
    string Country,
    int YearFrom,
    int YearTo,
    EuCategory? Category,
    int? Subcategory,
    bool Automatic,
    bool ConvertedBlank,
    string SerialPattern,
    double[] Weights);

/// <summary>The weapon mix of the demo data; names match makes.csv, calibres.csv and firearm_types.csv.</summary>
internal static class WeaponCatalog
{
    private const string Zastava = "Zastava";
    private const string Pistol = "PISTOL";

    public static readonly WeaponProfile[] Profiles =
    [
        new("ASSAULT_RIFLE", Zastava, "M70AB2", "7.62x39mm", "RS", 1974, 1995, EuCategory.A, 2, true, false, "######", [18, 14, 22, 1, 8]),
        new("ASSAULT_RIFLE", Zastava, "M70B1", "7.62x39mm", "RS", 1972, 1992, EuCategory.A, 2, true, false, "######", [6, 5, 8, 0, 3]),
        new(Pistol, Zastava, "M57", "7.62x25mm Tokarev", "RS", 1961, 2005, EuCategory.B, 1, false, false, "######", [13, 16, 8, 8, 8]),
        new(Pistol, Zastava, "CZ99", "9x19mm", "RS", 1990, 2012, EuCategory.B, 1, false, false, "@######", [9, 10, 2, 12, 7]),
        new(Pistol, Zastava, "M70", "7.65x17mm Browning (.32 ACP)", "RS", 1970, 2010, EuCategory.B, 1, false, false, "######", [6, 7, 3, 9, 4]),
        new(Pistol, Zastava, "M88A", "9x19mm", "RS", 1988, 2015, EuCategory.B, 1, false, false, "@#####", [3, 3, 1, 5, 2]),
        new(Pistol, "Ekol", "Firat Magnum", "9x17mm (.380 ACP)", "TR", 2008, 2021, EuCategory.B, 1, false, true, "@####-##@#####", [5, 6, 0, 0, 9]),
        new(Pistol, "Zoraki (Atak Arms)", "914", "9x17mm (.380 ACP)", "TR", 2008, 2021, EuCategory.B, 1, false, true, "@####-##@#####", [5, 6, 0, 0, 9]),
        new(Pistol, "Retay", "Mod 92", "9mm P.A.K. (blank)", "TR", 2010, 2021, EuCategory.B, 1, false, true, "@####-##@#####", [3, 4, 0, 0, 6]),
        new("BLANK_FIRING_PISTOL", "Kuzey", "A-100", "8mm blank", "TR", 2012, 2022, EuCategory.B, 1, false, true, "######", [1, 2, 0, 0, 3]),
        new("GAS_ALARM_PISTOL", "Ekol", "Jackal Dual", "9mm P.A.K. (blank)", "TR", 2012, 2023, null, null, false, false, "@####-##@#####", [1, 3, 0, 1, 2]),
        new("SHOTGUN", "Baikal", "IZH-27", "12/70 (12 gauge)", "RU", 1975, 2015, EuCategory.C, 5, false, false, "#########", [4, 4, 2, 14, 1]),
        new("SHOTGUN", "Hatsan", "Escort", "12/70 (12 gauge)", "TR", 1998, 2023, EuCategory.B, 5, false, false, "######", [3, 3, 0, 10, 2]),
        new("SHOTGUN", "Akkar", "Churchill 612", "12/70 (12 gauge)", "TR", 2005, 2023, EuCategory.B, 5, false, false, "##-######", [2, 2, 0, 7, 1]),
        new("SHOTGUN", "Zastava", "ZP-85", "16 gauge", "RS", 1970, 2005, EuCategory.C, 5, false, false, "######", [1, 1, 1, 4, 0]),
        new("HUNTING_RIFLE", Zastava, "LK M70", "7x64mm", "RS", 1975, 2015, EuCategory.C, 2, false, false, "#####", [1, 1, 1, 6, 0]),
        new("RIFLE", Zastava, "M48", "7.92x57mm Mauser", "RS", 1950, 1965, EuCategory.C, 2, false, false, "@####", [1, 1, 5, 2, 0]),
        new("RIFLE", "Mauser", "98k", "7.92x57mm Mauser", "DE", 1936, 1945, EuCategory.C, 2, false, false, "####@", [1, 0, 4, 0, 0]),
        new("RIFLE", Zastava, "M59/66", "7.62x39mm", "RS", 1964, 1972, EuCategory.B, 2, false, false, "######", [1, 1, 3, 1, 0]),
        new("ASSAULT_RIFLE", "Norinco", "Type 56", "7.62x39mm", "CN", 1960, 1990, EuCategory.A, 2, true, false, "########", [2, 1, 3, 0, 2]),
        new("ASSAULT_RIFLE", "Arsenal", "AKK", "7.62x39mm", "BG", 1970, 1995, EuCategory.A, 2, true, false, "@@######", [2, 1, 2, 0, 2]),
        new("ASSAULT_RIFLE", "Cugir (Romarm)", "PM md. 63", "7.62x39mm", "RO", 1965, 1990, EuCategory.A, 2, true, false, "@@####", [1, 0, 1, 0, 1]),
        new("ASSAULT_RIFLE", "Kalashnikov Concern (Izhmash)", "AKM", "7.62x39mm", "RU", 1960, 1985, EuCategory.A, 2, true, false, "@@####", [1, 0, 1, 0, 1]),
        new(Pistol, "Tula Arms Plant (Tokarev)", "TT-33", "7.62x25mm Tokarev", "RU", 1935, 1955, EuCategory.B, 1, false, false, "@@####", [2, 2, 3, 0, 1]),
        new(Pistol, "Norinco", "Type 54", "7.62x25mm Tokarev", "CN", 1960, 1990, EuCategory.B, 1, false, false, "#######", [1, 1, 1, 0, 1]),
        new(Pistol, "Glock", "17", "9x19mm", "AT", 1995, 2023, EuCategory.B, 1, false, false, "@@@###", [2, 2, 0, 6, 3]),
        new(Pistol, "Glock", "19", "9x19mm", "AT", 1995, 2023, EuCategory.B, 1, false, false, "@@@###", [1, 1, 0, 4, 2]),
        new(Pistol, "Beretta", "92FS", "9x19mm", "IT", 1985, 2020, EuCategory.B, 1, false, false, "@#####Z", [1, 1, 0, 3, 1]),
        new(Pistol, "CZ (Česká zbrojovka)", "75 B", "9x19mm", "CZ", 1980, 2022, EuCategory.B, 1, false, false, "@######", [1, 1, 0, 3, 1]),
        new(Pistol, "HS Produkt", "HS2000", "9x19mm", "HR", 2000, 2022, EuCategory.B, 1, false, false, "@######", [1, 1, 0, 3, 1]),
        new(Pistol, "Izhevsk Mechanical Plant (Makarov)", "PM", "9x18mm Makarov", "RU", 1960, 1995, EuCategory.B, 1, false, false, "@@####", [1, 1, 1, 1, 1]),
        new(Pistol, "Walther", "P99", "9x19mm", "DE", 1997, 2020, EuCategory.B, 1, false, false, "@######", [0.5, 0.5, 0, 2, 0.5]),
        new("REVOLVER", "Smith & Wesson", "Model 10", ".38 Special", "US", 1960, 2010, EuCategory.B, 1, false, false, "@######", [1, 1, 1, 2, 0.5]),
        new("REVOLVER", "Taurus", "RT 605", ".357 Magnum", "BR", 1995, 2020, EuCategory.B, 1, false, false, "@@######", [1, 1, 0, 2, 0.5]),
        new("SUBMACHINE_GUN", Zastava, "M84 Škorpion", "7.65x17mm Browning (.32 ACP)", "RS", 1984, 2005, EuCategory.A, 2, true, false, "######", [1, 0.3, 1, 0, 0.5]),
        new("SUBMACHINE_GUN", "Heckler & Koch", "MP5", "9x19mm", "DE", 1980, 2010, EuCategory.A, 2, true, false, "@@-######", [0.3, 0, 0.2, 0, 0.2]),
        new("MACHINE_GUN", Zastava, "M84", "7.62x54mmR", "RS", 1984, 1999, EuCategory.A, 2, true, false, "######", [0.3, 0, 1, 0, 0]),
        new("MACHINE_GUN", Zastava, "M72B1", "7.62x39mm", "RS", 1972, 1995, EuCategory.A, 2, true, false, "######", [0.3, 0.1, 1, 0, 0]),
        new("ROCKET_LAUNCHER", Zastava, "M80 Zolja", null, "RS", 1980, 1999, null, null, false, false, "", [0.4, 0, 2, 0, 0.1]),
        new("AIR_WEAPON", "Hatsan", "Striker 1000S", "4.5mm (.177) air", "TR", 2005, 2023, null, null, false, false, "######", [1, 1, 0, 2, 0]),
        new("OTHER", "Unknown / privately made", "Improvised", "9x19mm", "XK", 2010, 2024, null, null, false, false, "", [0.8, 0.5, 0.3, 0, 0.3]),
    ];
}
