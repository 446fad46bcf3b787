namespace FocalPoint.Domain.Reference;

/// <summary>Reference rows named in the three languages of the UI.</summary>
public interface IHasLocalNames
{
    string NameEn { get; }
    string NameSq { get; }
    string NameSr { get; }
}

/// <summary>One of the eight regional police directorates.</summary>
public class Directorate : IHasLocalNames
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string NameSq { get; set; } = "";
    public string NameSr { get; set; } = "";
    public string NameEn { get; set; } = "";
    public List<Municipality> Municipalities { get; set; } = [];
}

public class Municipality : IHasLocalNames
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string NameSq { get; set; } = "";
    public string NameSr { get; set; } = "";

    /// <summary>The English form used by OpenStreetMap boundaries (e.g. Pristina).</summary>
    public string NameEn { get; set; } = "";
    public int DirectorateId { get; set; }
    public Directorate? Directorate { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public int Population { get; set; }
}

public enum CrossingKind
{
    Road,
    Rail,
    Airport,
}

public class CrossingPoint
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public CrossingKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 of the neighbour; null for an airport.</summary>
    public string? NeighbourCountry { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}

public class Country : IHasLocalNames
{
    /// <summary>ISO 3166-1 alpha-2, the key everything else stores.</summary>
    public string Code { get; set; } = "";
    public string Alpha3 { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameSq { get; set; } = "";
    public string NameSr { get; set; } = "";
}

public class Calibre
{
    public int Id { get; set; }

    /// <summary>Canonical spelling, e.g. 7.62x39mm.</summary>
    public string Name { get; set; } = "";
    public List<CalibreAlias> Aliases { get; set; } = [];
}

public class CalibreAlias
{
    public int Id { get; set; }
    public int CalibreId { get; set; }
    public Calibre? Calibre { get; set; }

    /// <summary>Compared after <see cref="CalibreNames.Key"/>.</summary>
    public string Alias { get; set; } = "";
}

public class FirearmType : IHasLocalNames
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameSq { get; set; } = "";
    public string NameSr { get; set; } = "";
}

public class Make
{
    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 of the maker's home country.</summary>
    public string? Country { get; set; }
}
