namespace FocalPoint.Risk.Crossings;

/// <summary>Which way a vehicle crossed.</summary>
public enum Direction
{
    /// <summary>Into the country.</summary>
    Entry,
    /// <summary>Out of the country.</summary>
    Exit,
}

/// <summary>A traveller on a crossing record.</summary>
/// <param name="Name">Full name as the document reads.</param>
/// <param name="BirthDate">Date of birth, when recorded.</param>
/// <param name="Document">Travel document number, when recorded.</param>
public sealed record CrossingPerson(string Name, DateOnly? BirthDate, string? Document);

/// <summary>
/// One vehicle passing a crossing point (the documented record shape, docs/examples/crossings.csv).
/// Codes (crossing point, countries, vehicle type) are compared case-insensitively.
/// </summary>
/// <param name="Id">The record's key in its source.</param>
/// <param name="Time">When it crossed, UTC.</param>
/// <param name="CrossingPoint">Crossing point code.</param>
/// <param name="Direction">Entry or exit.</param>
/// <param name="Plate">Vehicle plate as read; empty for pedestrians.</param>
/// <param name="PlateCountry">ISO country code of the plate.</param>
/// <param name="VehicleType">Vehicle type code (car, van, truck, bus, motorcycle, pedestrian).</param>
/// <param name="OriginCountry">Country the journey started in, when declared.</param>
/// <param name="Cargo">Declared cargo, free text.</param>
/// <param name="Persons">Driver first, then passengers.</param>
public sealed record CrossingRecord(
    string Id,
    DateTime Time,
    string CrossingPoint,
    Direction Direction,
    string Plate,
    string PlateCountry,
    string VehicleType,
    string OriginCountry,
    string Cargo,
    IReadOnlyList<CrossingPerson> Persons);
