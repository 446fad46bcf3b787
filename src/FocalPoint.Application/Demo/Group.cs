namespace FocalPoint.Application.Demo;

/// <summary>A small network of suspects sharing vehicles and phones; its rows are written when first used.</summary>
internal sealed class Group
{
    public required int[] Members { get; init; }
    public required DateTime Start { get; init; }
    public required DateTime End { get; init; }
    public required int HomeMunicipalityId { get; init; }
    public required string[] Plates { get; init; }
    public required string?[] PlateCountries { get; init; }
    public required string[] Phones { get; init; }
    public bool HasOrganisation { get; init; }

    /// <summary>Ids once written; 0 until then.</summary>
    public long[] VehicleIds { get; set; } = [];
    public long[] PhoneIds { get; set; } = [];
    public long OrganisationId { get; set; }
    public long LocationId { get; set; }
    public long CaseId { get; set; }
    public List<long> Incidents { get; } = [];
}
