namespace FocalPoint.Application.Import.Mapping;

/// <summary>
/// What a column can hold. One row is one incident with at most one firearm, one lot of ammunition, one explosive and one
/// person; consecutive rows with the same <see cref="Key"/> add further items and persons to the same incident.
/// </summary>
public enum ImportField
{
    Key,
    OccurredAt,
    Time,
    Kind,
    Municipality,
    CrossingPoint,
    Address,
    Latitude,
    Longitude,
    ReportingAgency,
    LegalContext,
    Narrative,
    Tlp,
    FirearmType,
    Make,
    Model,
    Calibre,
    Serial,
    MarkingStatus,
    LegalStatus,
    CountryOfManufacture,
    YearOfManufacture,
    AmmunitionCalibre,
    Rounds,
    ExplosiveKind,
    ExplosiveCount,
    ExplosiveMassKg,
    GivenName,
    FamilyName,
    FatherName,
    DateOfBirth,
    Sex,
    Nationality,
    PersonalNumber,
    Role,
}

/// <summary>Column names agencies use for each field, in English, Albanian and Serbian (compared after <see cref="Normalising.TextFold.Key"/>).</summary>
public static class ImportFieldNames
{
    /// <summary>Without these a row cannot become an incident (a constant value may stand in for a column).</summary>
    public static readonly ImportField[] Required = [ImportField.OccurredAt, ImportField.Municipality, ImportField.Narrative];

    public static readonly IReadOnlyDictionary<ImportField, string[]> Synonyms = new Dictionary<ImportField, string[]>
    {
        [ImportField.Key] = ["key", "reference", "ref", "case number", "record id", "id", "referenca", "numri i rastit", "nr i rastit", "broj predmeta", "referenca predmeta", "broj", "id zapisa"],
        [ImportField.OccurredAt] = ["date", "occurred", "occurred at", "date time", "datetime", "data", "data e ngjarjes", "data dhe ora", "datum", "datum i vreme", "datum dogadjaja", "датум"],
        [ImportField.Time] = ["time", "ora", "koha", "vreme", "vrijeme", "време"],
        [ImportField.Kind] = ["kind", "type of incident", "incident type", "incident", "lloji i incidentit", "lloji i ngjarjes", "ngjarja", "vrsta incidenta", "vrsta dogadjaja", "dogadjaj"],
        [ImportField.Municipality] = ["municipality", "komuna", "opstina", "opština", "општина", "komuna opstina", "place", "vendi", "mesto"],
        [ImportField.CrossingPoint] = ["crossing point", "border crossing", "pika kufitare", "pika e kalimit", "granicni prelaz", "prelaz"],
        [ImportField.Address] = ["address", "adresa", "adresa e ngjarjes", "lokacioni", "lokacija", "адреса"],
        [ImportField.Latitude] = ["latitude", "lat", "gjeresia", "geografska sirina", "sirina"],
        [ImportField.Longitude] = ["longitude", "lon", "lng", "gjatesia", "geografska duzina", "duzina"],
        [ImportField.ReportingAgency] = ["agency", "reporting agency", "agjencia", "institucioni", "agencija", "institucija"],
        [ImportField.LegalContext] = ["legal context", "offence", "konteksti ligjor", "vepra", "pravni kontekst", "prekrsaj"],
        [ImportField.Narrative] = ["narrative", "description", "summary", "pershkrimi", "pershkrim", "opis", "opis dogadjaja", "опис", "narativ", "narrativi"],
        [ImportField.Tlp] = ["tlp", "marking", "traffic light"],
        [ImportField.FirearmType] = ["firearm type", "weapon type", "type of weapon", "lloji i armes", "lloji armes", "vrsta oruzja", "tip oruzja", "врста оружја"],
        [ImportField.Make] = ["make", "manufacturer", "brand", "prodhuesi", "marka", "proizvodjac", "произвођач"],
        [ImportField.Model] = ["model", "modeli"],
        [ImportField.Calibre] = ["calibre", "caliber", "kalibri", "kalibar", "калибар"],
        [ImportField.Serial] = ["serial", "serial number", "serial no", "numri serik", "nr serik", "serijski broj", "ser br", "серијски број"],
        [ImportField.MarkingStatus] = ["marking status", "marking", "shenjimi", "oznaka", "obelezavanje"],
        [ImportField.LegalStatus] = ["legal status", "registration", "statusi ligjor", "pravni status", "registracija"],
        [ImportField.CountryOfManufacture] = ["country of manufacture", "made in", "origin", "vendi i prodhimit", "zemlja proizvodnje", "poreklo"],
        [ImportField.YearOfManufacture] = ["year of manufacture", "year made", "viti i prodhimit", "godina proizvodnje"],
        [ImportField.AmmunitionCalibre] = ["ammunition calibre", "ammunition caliber", "kalibri i municionit", "kalibar municije"],
        [ImportField.Rounds] = ["rounds", "ammunition", "cartridges", "fishek", "fisheke", "municion", "municioni", "municija", "metaka", "broj metaka"],
        [ImportField.ExplosiveKind] = ["explosive", "explosive kind", "explosive type", "eksploziv", "lloji i eksplozivit", "vrsta eksploziva"],
        [ImportField.ExplosiveCount] = ["explosive count", "explosives", "numri i eksplozivit", "broj eksploziva"],
        [ImportField.ExplosiveMassKg] = ["mass kg", "mass", "weight kg", "pesha", "pesha kg", "masa", "masa kg", "tezina"],
        [ImportField.GivenName] = ["given name", "first name", "name", "emri", "ime", "име"],
        [ImportField.FamilyName] = ["family name", "surname", "last name", "mbiemri", "prezime", "презиме"],
        [ImportField.FatherName] = ["father name", "fathers name", "emri i babait", "atesia", "ime oca", "име оца"],
        [ImportField.DateOfBirth] = ["date of birth", "dob", "birth date", "born", "data e lindjes", "datelindja", "datum rodjenja", "датум рођења"],
        [ImportField.Sex] = ["sex", "gender", "gjinia", "pol", "пол"],
        [ImportField.Nationality] = ["nationality", "citizenship", "shtetesia", "kombesia", "drzavljanstvo", "nacionalnost"],
        [ImportField.PersonalNumber] = ["personal number", "personal id", "id number", "numri personal", "nr personal", "licni broj", "jmbg", "матични број"],
        [ImportField.Role] = ["role", "person role", "roli", "uloga", "улога"],
    };
}
