namespace FocalPoint.Application.Flows;

/// <summary>How an arm reached the place where it was taken, as far as the registry can tell.</summary>
public enum TransitKind
{
    /// <summary>Taken inland (no crossing point recorded): the route is not known.</summary>
    Inland,

    /// <summary>Taken at a road or rail crossing point: the neighbour country across it is the last country on the route.</summary>
    BorderCrossing,

    /// <summary>Taken at the airport: the flight's origin is not recorded.</summary>
    Airport,
}

/// <summary>
/// One group of recovered firearms that share the same route: country of manufacture, country of last legal import,
/// transit (the neighbour across the crossing point where they were taken) and municipality of seizure. Country
/// codes are ISO 3166-1 alpha-2, null when the record does not say.
/// </summary>
public sealed record WeaponFlow(
    string? ManufactureCountry, string? LastLegalImportCountry, TransitKind Transit, string? TransitCountry, int MunicipalityId, int Firearms);

/// <summary>The weapon flows of a filter, over the incidents the user may see.</summary>
/// <param name="LatestRecovery">When nothing matched: the local date of the latest visible recovery of any arm, to offer a period that has data.</param>
public sealed record WeaponFlowReport(FlowFilter Filter, IReadOnlyList<WeaponFlow> Flows, DateOnly? LatestRecovery = null)
{
    public int Firearms => Flows.Sum(f => f.Firearms);

    public bool IsEmpty => Flows.Count == 0;

    /// <summary>Firearms per municipality of seizure, most first: what the map shows.</summary>
    public IReadOnlyList<MunicipalityCount> ByMunicipality =>
    [
        .. Flows.GroupBy(f => f.MunicipalityId)
            .Select(g => new MunicipalityCount(g.Key, g.Sum(f => f.Firearms)))
            .OrderByDescending(m => m.Firearms).ThenBy(m => m.MunicipalityId),
    ];

    /// <summary>The links between consecutive stages, summed: what the flow diagram draws.</summary>
    public IReadOnlyList<FlowLink> Links => FlowLinks.Of(Flows);
}

public sealed record MunicipalityCount(int MunicipalityId, int Firearms);
