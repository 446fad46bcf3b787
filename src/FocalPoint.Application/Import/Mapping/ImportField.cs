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

    // Added so that an export carries every field of a record and re-imports to the same record (issue 19 item 10).
    HandlingCode,
    SourceReliability,
    InformationAccuracy,
    CountryOfLastLegalImport,
    EuCategory,
    EuSubcategory,
    IsAutomatic,
    IsConvertedFromBlankOrAlarm,
    IsReactivated,
    IsPrivatelyMade,
    AmmunitionLot,
    ExplosiveDesignation,
    OriginalScriptName,

    // A place abroad, kept as written (issue 19 item 3): with a country other than Kosovo the Municipality column's
    // text is the place's name and is never matched to a Kosovo municipality.
    PlaceCountry,
    PlaceRegion,
}

/// <summary>Column names agencies use for each field, in English, Albanian and Serbian (compared after <see cref="Normalising.TextFold.Key"/>).</summary>
public static class ImportFieldNames
{
    /// <summary>Without these a row cannot become an incident (a constant value may stand in for a column).</summary>
    public static readonly ImportField[] Required =
        [ImportField.OccurredAt, ImportField.Municipality, ImportField.Narrative, ImportField.Kind, ImportField.HandlingCode];

    /// <summary>
    /// Required meanings with no safe default: a shooting imported as a seizure, or an H3 record as H0, misleads and
    /// exposes. A file without such a column needs one value chosen for every row.
    /// </summary>
    public static readonly ImportField[] Meanings = [ImportField.Kind, ImportField.HandlingCode];

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
        [ImportField.HandlingCode] = ["handling code", "handling", "kodi i trajtimit", "trajtimi", "kod rukovanja", "rukovanje"],
        [ImportField.SourceReliability] = ["source reliability", "reliability", "besueshmeria e burimit", "pouzdanost izvora"],
        [ImportField.InformationAccuracy] = ["information accuracy", "accuracy", "saktesia e informacionit", "tacnost informacije"],
        [ImportField.CountryOfLastLegalImport] = ["country of last legal import", "last legal import", "vendi i importit te fundit", "zemlja poslednjeg uvoza"],
        [ImportField.EuCategory] = ["eu category", "kategoria be", "eu kategorija"],
        [ImportField.EuSubcategory] = ["eu subcategory", "nenkategoria be", "eu podkategorija"],
        [ImportField.IsAutomatic] = ["automatic", "automatike", "automatsko"],
        [ImportField.IsConvertedFromBlankOrAlarm] = ["converted", "converted from blank", "e konvertuar", "prepravljeno"],
        [ImportField.IsReactivated] = ["reactivated", "e riaktivizuar", "reaktivirano"],
        [ImportField.IsPrivatelyMade] = ["privately made", "homemade", "e punuar vete", "rucno izradjeno"],
        [ImportField.AmmunitionLot] = ["lot", "ammunition lot", "lot number", "loti", "serija municije"],
        [ImportField.ExplosiveDesignation] = ["designation", "explosive designation", "emertimi", "oznaka eksploziva"],
        [ImportField.PlaceCountry] = ["country", "place country", "country of incident", "shteti", "shteti i ngjarjes", "drzava", "država", "држава", "drzava dogadjaja"],
        [ImportField.PlaceRegion] = ["region", "province", "county", "state", "rajoni", "regjioni", "qarku", "oblast", "pokrajina", "okrug", "регион"],
        [ImportField.OriginalScriptName] = ["original script name", "name in original script", "emri ne shkrimin origjinal", "ime u izvornom pismu"],
    };
}
