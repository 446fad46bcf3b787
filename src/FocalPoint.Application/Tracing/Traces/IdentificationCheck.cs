using FocalPoint.Domain.Items;

namespace FocalPoint.Application.Tracing.Traces;

/// <summary>The identifying fields a trace request carries; missing ones are named so the investigator can complete them.</summary>
public enum IdentificationField
{
    Make,
    Model,
    Calibre,
    Serial,
    CountryOfManufacture,
    ImportMarking,
}

/// <summary>What a firearm record gives a trace: the fields present, those missing, and whether the serial can be read.</summary>
public sealed record Identification(IReadOnlyList<IdentificationField> Missing, bool SerialReadable)
{
    public bool Complete => Missing.Count == 0;

    /// <summary>The least an obliterated-serial request carries: the marks that remain.</summary>
    public const int MinimumMarks = 3;

    public static Identification Of(Firearm f)
    {
        var serialReadable = !string.IsNullOrWhiteSpace(f.SerialNormalised) && f.MarkingStatus is not (MarkingStatus.Obliterated or MarkingStatus.Unmarked);
        var missing = new List<IdentificationField>();
        if (f.MakeId is null) missing.Add(IdentificationField.Make);
        if (string.IsNullOrWhiteSpace(f.Model)) missing.Add(IdentificationField.Model);
        if (f.CalibreId is null) missing.Add(IdentificationField.Calibre);
        if (!serialReadable) missing.Add(IdentificationField.Serial);
        if (f.CountryOfManufacture is null) missing.Add(IdentificationField.CountryOfManufacture);

        // The import marking is what gives the country of last legal import.
        if (f.CountryOfLastLegalImport is null) missing.Add(IdentificationField.ImportMarking);
        return new Identification(missing, serialReadable);
    }
}
