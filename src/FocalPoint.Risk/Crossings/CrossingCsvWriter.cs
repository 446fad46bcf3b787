using System.Globalization;

namespace FocalPoint.Risk.Crossings;

/// <summary>Writes records in the documented crossings CSV shape, the one <see cref="CrossingCsvReader"/> reads.</summary>
public sealed class CrossingCsvWriter(TextWriter writer, int personSlots = 3)
{
    /// <summary>Writes the header line.</summary>
    public void WriteHeader()
    {
        writer.Write("id,time,crossing_point,direction,plate,plate_country,vehicle_type,origin_country,cargo");
        for (var n = 1; n <= personSlots; n++)
            writer.Write($",{CrossingColumns.PersonName(n)},{CrossingColumns.PersonBirthDate(n)},{CrossingColumns.PersonDocument(n)}");
        writer.Write('\n');
    }

    /// <summary>Writes one record; persons beyond the slots are dropped.</summary>
    public void Write(CrossingRecord r)
    {
        writer.Write(r.Id);
        writer.Write(',');
        writer.Write(r.Time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        foreach (var field in (ReadOnlySpan<string>)[r.CrossingPoint, r.Direction == Direction.Entry ? "entry" : "exit", r.Plate, r.PlateCountry, r.VehicleType, r.OriginCountry, r.Cargo])
        {
            writer.Write(',');
            Field(field);
        }
        for (var n = 0; n < personSlots; n++)
        {
            var p = n < r.Persons.Count ? r.Persons[n] : null;
            writer.Write(',');
            Field(p?.Name ?? "");
            writer.Write(',');
            writer.Write(p?.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            writer.Write(',');
            Field(p?.Document ?? "");
        }
        writer.Write('\n');
    }

    private void Field(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0) { writer.Write(value); return; }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
