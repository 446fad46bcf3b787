using FocalPoint.Domain.Reference;

namespace FocalPoint.Application.Registry.Reference;

/// <summary>All reference data in memory: a few hundred rows that every form and list needs.</summary>
public sealed class ReferenceSnapshot
{
    public ReferenceSnapshot(
        IReadOnlyList<Directorate> directorates, IReadOnlyList<Municipality> municipalities, IReadOnlyList<CrossingPoint> crossingPoints,
        IReadOnlyList<Country> countries, IReadOnlyList<Calibre> calibres, IReadOnlyList<FirearmType> firearmTypes, IReadOnlyList<Make> makes)
    {
        Directorates = directorates;
        Municipalities = municipalities;
        CrossingPoints = crossingPoints;
        Countries = countries;
        Calibres = calibres;
        FirearmTypes = firearmTypes;
        Makes = makes;
        DirectorateById = directorates.ToDictionary(d => d.Id);
        MunicipalityById = municipalities.ToDictionary(m => m.Id);
        CrossingPointById = crossingPoints.ToDictionary(c => c.Id);
        CountryByCode = countries.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        CalibreById = calibres.ToDictionary(c => c.Id);
        FirearmTypeById = firearmTypes.ToDictionary(t => t.Id);
        MakeById = makes.ToDictionary(m => m.Id);
        CalibreByKey = new Dictionary<string, Calibre>(StringComparer.Ordinal);
        foreach (var calibre in calibres)
        {
            CalibreByKey.TryAdd(CalibreNames.Key(calibre.Name), calibre);
            foreach (var alias in calibre.Aliases)
            {
                CalibreByKey.TryAdd(CalibreNames.Key(alias.Alias), calibre);
            }
        }
    }

    public IReadOnlyList<Directorate> Directorates { get; }
    public IReadOnlyList<Municipality> Municipalities { get; }
    public IReadOnlyList<CrossingPoint> CrossingPoints { get; }
    public IReadOnlyList<Country> Countries { get; }
    public IReadOnlyList<Calibre> Calibres { get; }
    public IReadOnlyList<FirearmType> FirearmTypes { get; }
    public IReadOnlyList<Make> Makes { get; }

    public IReadOnlyDictionary<int, Directorate> DirectorateById { get; }
    public IReadOnlyDictionary<int, Municipality> MunicipalityById { get; }
    public IReadOnlyDictionary<int, CrossingPoint> CrossingPointById { get; }
    public IReadOnlyDictionary<string, Country> CountryByCode { get; }
    public IReadOnlyDictionary<int, Calibre> CalibreById { get; }
    public IReadOnlyDictionary<int, FirearmType> FirearmTypeById { get; }
    public IReadOnlyDictionary<int, Make> MakeById { get; }

    /// <summary>Calibres by every spelling, compared through <see cref="CalibreNames.Key"/>.</summary>
    public Dictionary<string, Calibre> CalibreByKey { get; }

    public Calibre? FindCalibre(string spelling) => CalibreByKey.GetValueOrDefault(CalibreNames.Key(spelling));
}
