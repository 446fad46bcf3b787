using FocalPoint.Domain.Reference;

namespace FocalPoint.Application.Registry.Reference;

/// <summary>What an administrator sends to add or correct reference rows. Ids of existing rows never change.</summary>
public sealed class CalibreInput
{
    public string Name { get; set; } = "";

    /// <summary>Every other spelling that should resolve to this calibre.</summary>
    public List<string> Aliases { get; set; } = [];
}

public sealed class MakeInput
{
    public string Name { get; set; } = "";
    public string? Country { get; set; }
}

public sealed class FirearmTypeInput
{
    public string Code { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameSq { get; set; } = "";
    public string NameSr { get; set; } = "";
}

public sealed class MunicipalityInput
{
    public string NameEn { get; set; } = "";
    public string NameSq { get; set; } = "";
    public string NameSr { get; set; } = "";
    public int DirectorateId { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public int Population { get; set; }
}

public sealed class CrossingPointInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public CrossingKind Kind { get; set; }
    public string? NeighbourCountry { get; set; }
    public int MunicipalityId { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}

public sealed class CountryInput
{
    public string NameEn { get; set; } = "";
    public string NameSq { get; set; } = "";
    public string NameSr { get; set; } = "";
}
