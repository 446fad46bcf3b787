namespace FocalPoint.Risk.Crossings;

/// <summary>
/// The documented column names of a crossings file. Persons come as numbered column triples
/// (person1_name, person1_birth_date, person1_document, person2_name, ...), driver first.
/// </summary>
public static class CrossingColumns
{
    /// <summary>Record key.</summary>
    public const string Id = "id";
    /// <summary>UTC time, ISO 8601.</summary>
    public const string Time = "time";
    /// <summary>Crossing point code.</summary>
    public const string CrossingPoint = "crossing_point";
    /// <summary>"entry" or "exit".</summary>
    public const string Direction = "direction";
    /// <summary>Vehicle plate.</summary>
    public const string Plate = "plate";
    /// <summary>ISO country code of the plate.</summary>
    public const string PlateCountry = "plate_country";
    /// <summary>Vehicle type code.</summary>
    public const string VehicleType = "vehicle_type";
    /// <summary>Country the journey started in.</summary>
    public const string OriginCountry = "origin_country";
    /// <summary>Declared cargo.</summary>
    public const string Cargo = "cargo";

    /// <summary>Longest id, crossing point code and plate: what the hit queue stores.</summary>
    public const int MaxIdLength = 100, MaxCodeLength = 20, MaxPlateLength = 20;

    /// <summary>Columns every file must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [Id, Time, CrossingPoint, Direction];

    /// <summary>The name column of the n-th person (1-based).</summary>
    public static string PersonName(int n) => $"person{n}_name";

    /// <summary>The birth-date column of the n-th person.</summary>
    public static string PersonBirthDate(int n) => $"person{n}_birth_date";

    /// <summary>The document column of the n-th person.</summary>
    public static string PersonDocument(int n) => $"person{n}_document";

    /// <summary>Whether a name is one of the documented columns (a person's columns for any n).</summary>
    public static bool IsDocumented(string name) =>
        name is Id or Time or CrossingPoint or Direction or Plate or PlateCountry or VehicleType or OriginCountry or Cargo
        || System.Text.RegularExpressions.Regex.IsMatch(name, "^person[1-9][0-9]?_(name|birth_date|document)$");
}
