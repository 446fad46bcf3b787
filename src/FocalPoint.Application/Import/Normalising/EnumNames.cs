using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Import.Normalising;

/// <summary>Enum values by their own names and by the words agencies use in Albanian and Serbian.</summary>
public static class EnumNames
{
    private static readonly Dictionary<Type, Dictionary<string, object>> Tables = new()
    {
        [typeof(IncidentKind)] = Table<IncidentKind>(new()
        {
            [IncidentKind.Seizure] = ["sekuestrim", "konfiskim", "zaplena", "oduzimanje", "seized"],
            [IncidentKind.Found] = ["gjetur", "gjetje", "pronadjeno", "nadjeno"],
            [IncidentKind.VoluntarySurrender] = ["dorezim vullnetar", "dorezim", "surrender", "dobrovoljna predaja", "predaja"],
            [IncidentKind.ShootingOrMisuse] = ["shooting", "te shtena", "pucnjava"],
            [IncidentKind.CelebratoryShooting] = ["te shtena ne ahengje", "slavljenicka pucnjava"],
            [IncidentKind.DomesticViolence] = ["dhune ne familje", "nasilje u porodici"],
            [IncidentKind.ThreatWithWeapon] = ["kercenim", "pretnja"],
            [IncidentKind.TheftOrLoss] = ["vjedhje", "kradja", "theft", "loss"],
            [IncidentKind.Accident] = ["aksident", "nezgoda"],
            [IncidentKind.Suicide] = ["vetevrasje", "samoubistvo"],
            [IncidentKind.CrossingPointDetection] = ["pika kufitare", "granicni prelaz"],
            [IncidentKind.TraffickingAttempt] = ["trafikim", "krijumcarenje", "trafficking"],
        }),
        [typeof(ReportingAgency)] = Table<ReportingAgency>(new()
        {
            [ReportingAgency.KosovoPolice] = ["kp", "kosovo police", "policia e kosoves", "policija kosova", "police"],
            [ReportingAgency.BorderPolice] = ["policia kufitare", "granicna policija", "border"],
            [ReportingAgency.Customs] = ["dogana", "carina", "dogana e kosoves"],
            [ReportingAgency.ForensicAgency] = ["agjencia e forenzikes", "forenzika", "forensic"],
            [ReportingAgency.PartnerJurisdiction] = ["partner"],
        }),
        [typeof(LegalContext)] = Table<LegalContext>(new()
        {
            [LegalContext.CriminalOffence] = ["criminal", "penale", "vepra penale", "krivicno delo", "krivicno"],
            [LegalContext.AdministrativeOffence] = ["administrative", "kundervajtje", "prekrsaj"],
            [LegalContext.None] = ["asnje", "nema"],
        }),
        [typeof(HandlingCode)] = Table<HandlingCode>(new()),
        [typeof(SourceReliability)] = Table<SourceReliability>(new()),
        [typeof(InformationAccuracy)] = Table<InformationAccuracy>(new()),
        [typeof(EuCategory)] = Table<EuCategory>(new()),
        [typeof(Tlp)] = Table<Tlp>(new() { [Tlp.AmberStrict] = ["amber+strict", "amber strict"] }),
        [typeof(MarkingStatus)] = Table<MarkingStatus>(new()
        {
            [MarkingStatus.Marked] = ["e shenjuar", "oznaceno"], [MarkingStatus.Unmarked] = ["pa shenjim", "neoznaceno"],
            [MarkingStatus.Altered] = ["e ndryshuar", "izmenjeno"], [MarkingStatus.Obliterated] = ["e fshire", "unisteno", "izbrisano"],
        }),
        [typeof(FirearmLegalStatus)] = Table<FirearmLegalStatus>(new()
        {
            [FirearmLegalStatus.Registered] = ["e regjistruar", "registrovano"], [FirearmLegalStatus.Unregistered] = ["pa leje", "e paregjistruar", "neregistrovano"],
            [FirearmLegalStatus.ReportedLostOrStolen] = ["vjedhur", "ukradeno", "lost", "stolen"],
        }),
        [typeof(ExplosiveKind)] = Table<ExplosiveKind>(new()
        {
            [ExplosiveKind.HandGrenade] = ["grenade", "granate dore", "granate", "bomba", "rucna bomba"],
            [ExplosiveKind.Detonator] = ["detonator", "kapsula"],
            [ExplosiveKind.ImprovisedDevice] = ["ied", "mjet shperthyes i improvizuar"],
        }),
        [typeof(Sex)] = Table<Sex>(new()
        {
            [Sex.Male] = ["m", "male", "mashkull", "musko", "muski"], [Sex.Female] = ["f", "female", "femer", "zensko", "zenski", "z"],
        }),
        [typeof(PersonRole)] = Table<PersonRole>(new()
        {
            [PersonRole.Suspect] = ["i dyshuar", "e dyshuar", "dyshuar", "osumnjiceni", "osumnjicen"],
            [PersonRole.Convicted] = ["i denuar", "osudjen"], [PersonRole.Victim] = ["viktime", "viktima", "zrtva", "ostecen"],
            [PersonRole.Witness] = ["deshmitar", "svedok"], [PersonRole.Owner] = ["pronar", "pronari", "vlasnik"], [PersonRole.Other] = ["tjeter", "ostalo"],
        }),
    };

    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        if (Tables[typeof(T)].TryGetValue(TextFold.Key(text), out var found))
        {
            value = (T)found;
            return true;
        }

        value = default;
        return false;
    }

    public static string Accepted<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());

    private static Dictionary<string, object> Table<T>(Dictionary<T, string[]> words)
        where T : struct, Enum
    {
        var table = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var value in Enum.GetValues<T>())
        {
            table.TryAdd(TextFold.Key(value.ToString()), value);
            table.TryAdd(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture), value);
        }

        foreach (var (value, names) in words)
        {
            foreach (var name in names)
            {
                table.TryAdd(TextFold.Key(name), value);
            }
        }

        return table;
    }
}
