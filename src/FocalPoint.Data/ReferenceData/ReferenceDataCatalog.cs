using System.Globalization;
using CsvHelper;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Data.ReferenceData;

/// <summary>Reads the reference data seeded with FocalPoint from the CSV files embedded in this assembly.</summary>
public static class ReferenceDataCatalog
{
    // Seed files are written with '.' decimals whatever the machine's culture.
    private static readonly CsvReaderOptions Options = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        TrimWhitespace = true,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MissingField = CsvMissingFieldHandling.Throw,
    };

    /// <summary>Parses every reference file; throws when a file is missing or malformed.</summary>
    public static ReferenceDataSet Load()
    {
        var aliases = Read("calibre_aliases.csv", r => new CalibreAlias
        {
            Id = r.Parse<int>("Id"),
            CalibreId = r.Parse<int>("CalibreId"),
            Alias = r.GetString("Alias"),
        }).ToLookup(a => a.CalibreId);

        var calibres = Read("calibres.csv", r => new Calibre { Id = r.Parse<int>("Id"), Name = r.GetString("Name") });
        foreach (var calibre in calibres)
        {
            calibre.Aliases = [.. aliases[calibre.Id]];
        }

        return new ReferenceDataSet(
            Read("directorates.csv", r => new Directorate
            {
                Id = r.Parse<int>("Id"),
                Code = r.GetString("Code"),
                NameSq = r.GetString("NameSq"),
                NameSr = r.GetString("NameSr"),
                NameEn = r.GetString("NameEn"),
            }),
            Read("municipalities.csv", ToMunicipality),
            Read("crossing_points.csv", ToCrossingPoint),
            Read("countries.csv", r => new Country
            {
                Code = r.GetString("Code"),
                Alpha3 = r.GetString("Alpha3"),
                NameEn = r.GetString("NameEn"),
                NameSq = r.GetString("NameSq"),
                NameSr = r.GetString("NameSr"),
            }),
            calibres,
            Read("firearm_types.csv", r => new FirearmType
            {
                Id = r.Parse<int>("Id"),
                Code = r.GetString("Code"),
                NameEn = r.GetString("NameEn"),
                NameSq = r.GetString("NameSq"),
                NameSr = r.GetString("NameSr"),
            }),
            Read("makes.csv", r => new Make { Id = r.Parse<int>("Id"), Name = r.GetString("Name"), Country = NullIfEmpty(r.GetString("Country")) }));
    }

    /// <summary>
    /// Pairs of municipalities that share a border, each pair once (lower id first): the spatial weights of the hotspot
    /// statistic (ADR 0021). Derived from the OpenStreetMap boundaries by tools/municipality-neighbours.py; a file, not a
    /// table, because it changes only when the boundaries do, with a release.
    /// </summary>
    public static IReadOnlyList<(int Municipality, int Neighbour)> LoadNeighbours() =>
        Read("municipality_neighbours.csv", r => (r.Parse<int>("MunicipalityId"), r.Parse<int>("NeighbourId")));

    private static Municipality ToMunicipality(CsvReader r) => new()
    {
        Id = r.Parse<int>("Id"),
        Code = r.GetString("Code"),
        NameSq = r.GetString("NameSq"),
        NameSr = r.GetString("NameSr"),
        NameEn = r.GetString("NameEn"),
        DirectorateId = r.Parse<int>("DirectorateId"),
        Latitude = r.Parse<double>("Latitude"),
        Longitude = r.Parse<double>("Longitude"),
        Population = r.Parse<int>("Population"),
    };

    private static CrossingPoint ToCrossingPoint(CsvReader r) => new()
    {
        Id = r.Parse<int>("Id"),
        Code = r.GetString("Code"),
        Name = r.GetString("Name"),
        Kind = Enum.Parse<CrossingKind>(r.GetString("Kind"), ignoreCase: false),
        NeighbourCountry = NullIfEmpty(r.GetString("NeighbourCountry")),
        MunicipalityId = r.Parse<int>("MunicipalityId"),
        Latitude = r.Parse<double>("Latitude"),
        Longitude = r.Parse<double>("Longitude"),
    };

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    internal static List<T> Read<T>(string fileName, Func<CsvReader, T> map)
    {
        var assembly = typeof(ReferenceDataCatalog).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.EndsWith("ReferenceData." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The reference data file {fileName} is not embedded in {assembly.GetName().Name}.");

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var csv = CsvReader.Create(stream, Options, leaveOpen: false);
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(csv));
        }

        return rows;
    }
}
