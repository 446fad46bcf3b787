using System.Text.RegularExpressions;

namespace FocalPoint.Web.Tests.Security;

/// <summary>
/// Who may call each API endpoint, by demo account (one per role). "Access" means the request reaches the
/// endpoint (any answer but 401/403/500); everyone else must get 403, and anonymous callers 401.
/// </summary>
internal static partial class AuthorizationMatrix
{
    public static readonly string[] Users = ["admin", "analyst", "investigator", "border", "customs", "commander", "liaison", "auditor", "coordinator", "caseworker", "cyber", "cyberreporter", "trainer", "ciministry", "operator", "examiner"];

    private static readonly string[] Everyone = Users;
    private static readonly string[] Readers = ["analyst", "investigator", "border", "customs", "commander", "liaison"];
    private static readonly string[] Editors = ["analyst", "investigator", "border", "customs"];
    private static readonly string[] RegistryReaders = [.. Readers, "auditor"];
    private static readonly string[] PersonalData = ["analyst", "investigator", "border", "customs", "liaison", "auditor"];
    private static readonly string[] Administrators = ["admin"];
    private static readonly string[] Auditors = ["auditor"];
    private static readonly string[] Reviewers = ["analyst", "investigator"];
    private static readonly string[] Statistics = ["analyst", "investigator", "commander", "liaison"];
    private static readonly string[] Publishers = ["analyst"];
    private static readonly string[] TraceReaders = ["analyst", "investigator", "commander", "liaison"];
    private static readonly string[] TraceWorkers = ["investigator", "liaison"];
    private static readonly string[] Liaison = ["liaison"];

    // The ballistic department's records are the examiner's alone (Capabilities.Ballistics); confirmed hits are read by
    // the registry's readers on the record pages.
    private static readonly string[] Examiners = ["examiner"];
    private static readonly string[] CyberUnit = ["cyber"];
    private static readonly string[] CyberReporters = ["cyberreporter"];
    private static readonly string[] TrainingFigures = ["trainer", "analyst", "commander"];
    private static readonly string[] Infrastructure = ["ciministry", "operator"];
    private static readonly string[] InfrastructureOversight = ["ciministry"];

    // Screening crossings: the risk analysts and the officers at the border (Capabilities.CrossingScreening).
    private static readonly string[] CrossingScreeners = ["analyst", "investigator", "commander", "border", "customs"];

    /// <summary>The public cyber form: everyone, signed in or not, anonymous callers included.</summary>
    public const string Anonymous = "anonymous";
    private static readonly string[] Public = [.. Users, Anonymous];

    // Commanders own and reassign cases; border, customs and auditors do not work cases (Capabilities.Cases).
    private static readonly string[] CaseWorkers = ["analyst", "investigator", "commander", "liaison"];

    // The referral seal (ADR 0025): only the case worker; everyone else is answered 404, never 403 (see Sealed).
    private static readonly string[] CaseWorker = ["caseworker"];
    private static readonly string[] ReferralFigures = ["caseworker", "coordinator", "analyst", "commander"];

    // Municipal community safety: the coordinator alone (Capabilities.CommunitySafety).
    private static readonly string[] Coordinator = ["coordinator"];

    /// <summary>Endpoints behind the referral seal: a role outside it gets 404, as if the referral did not exist.</summary>
    public static bool Sealed(string endpoint) => endpoint.Contains("/api/v1/referrals/", StringComparison.Ordinal);

    public static readonly IReadOnlyDictionary<string, string[]> Rows = new Dictionary<string, string[]>
    {
        ["GET /api/v1/incidents/"] = RegistryReaders,
        ["GET /api/v1/incidents/{id:long}"] = RegistryReaders,
        ["GET /api/v1/incidents/export.csv"] = RegistryReaders,
        ["GET /api/v1/incidents/export.xlsx"] = RegistryReaders,
        ["GET /api/v1/reports/iafq/{year:int}"] = Statistics,
        ["GET /api/v1/reports/iafq/{year:int}.xlsx"] = Statistics,
        ["GET /api/v1/reports/iafq/{year:int}.zip"] = Statistics,
        ["GET /api/v1/flows/weapons"] = Statistics,
        ["GET /api/v1/flows/weapons.csv"] = Statistics,
        ["GET /api/v1/indicators/"] = Statistics,
        ["GET /api/v1/indicators/catalogue"] = Statistics,
        ["GET /api/v1/indicators/dashboard/{chart}.csv"] = Statistics,
        ["GET /api/v1/products/"] = Statistics,
        ["GET /api/v1/products/{id:long}.pdf"] = Statistics,
        ["GET /api/v1/products/{id:long}.xlsx"] = Statistics,
        ["POST /api/v1/products/"] = Publishers,
        ["POST /api/v1/incidents/"] = Editors,
        ["GET /api/v1/import/batches/{id:long}/errors.csv"] = Editors,
        ["GET /api/v1/import/batches/{id:long}/errors.xlsx"] = Editors,
        ["PUT /api/v1/incidents/{id:long}"] = Editors,
        ["GET /api/v1/persons/{id:long}"] = PersonalData,
        ["POST /api/v1/persons/search"] = PersonalData,
        ["GET /api/v1/firearms/{id:long}"] = RegistryReaders,
        ["GET /api/v1/reference/directorates"] = Everyone,
        ["GET /api/v1/reference/municipalities"] = Everyone,
        ["GET /api/v1/reference/crossing-points"] = Everyone,
        ["GET /api/v1/reference/countries"] = Everyone,
        ["GET /api/v1/reference/calibres"] = Everyone,
        ["GET /api/v1/reference/firearm-types"] = Everyone,
        ["GET /api/v1/reference/makes"] = Everyone,
        ["POST /api/v1/reference/calibres"] = Administrators,
        ["PUT /api/v1/reference/calibres/{id:int}"] = Administrators,
        ["POST /api/v1/reference/makes"] = Administrators,
        ["PUT /api/v1/reference/makes/{id:int}"] = Administrators,
        ["POST /api/v1/reference/firearm-types"] = Administrators,
        ["PUT /api/v1/reference/firearm-types/{id:int}"] = Administrators,
        ["PUT /api/v1/reference/municipalities/{id:int}"] = Administrators,
        ["POST /api/v1/reference/crossing-points"] = Administrators,
        ["PUT /api/v1/reference/crossing-points/{id:int}"] = Administrators,
        ["PUT /api/v1/reference/countries/{code}"] = Administrators,
        ["GET /api/v1/accounts/"] = Administrators,
        ["POST /api/v1/accounts/"] = Administrators,
        ["PUT /api/v1/accounts/{id}"] = Administrators,
        ["POST /api/v1/accounts/{id}/disable"] = Administrators,
        ["POST /api/v1/accounts/{id}/enable"] = Administrators,
        ["POST /api/v1/accounts/{id}/reset-second-factor"] = Administrators,
        ["POST /api/v1/accounts/{id}/end-sessions"] = Administrators,
        ["GET /api/v1/audit/"] = Auditors,
        ["GET /api/v1/audit/export.csv"] = Auditors,
        ["GET /api/v1/notes/"] = RegistryReaders,
        ["POST /api/v1/notes/"] = Editors,
        ["GET /api/v1/retention/due"] = Reviewers,
        ["POST /api/v1/retention/keep"] = Reviewers,
        ["POST /api/v1/retention/persons/{id:long}/erase"] = Reviewers,
        ["POST /api/v1/persons/{id:long}/subject-access-export"] = Reviewers,
        ["POST /api/v1/network/search"] = Reviewers,
        ["POST /api/v1/network/neighbourhood"] = Reviewers,
        ["POST /api/v1/network/paths"] = Reviewers,
        ["POST /api/v1/network/analysis"] = Reviewers,
        ["POST /api/v1/network/export"] = Reviewers,
        ["GET /api/v1/network/charts"] = Reviewers,
        ["POST /api/v1/network/charts"] = Reviewers,
        ["GET /api/v1/network/charts/{id:long}"] = Reviewers,
        ["GET /api/v1/entities/review/"] = Readers,
        ["POST /api/v1/entities/review/{id:long}/decision"] = Editors,
        ["POST /api/v1/crossings"] = CrossingScreeners,
        ["GET /api/v1/cases/"] = CaseWorkers,
        ["GET /api/v1/cases/{id:long}"] = CaseWorkers,
        ["POST /api/v1/cases/"] = CaseWorkers,
        ["PUT /api/v1/cases/{id:long}"] = CaseWorkers,
        ["GET /api/v1/cases/{id:long}/file.pdf"] = CaseWorkers,
        ["GET /api/v1/cases/{id:long}/attachments/{attachmentId:long}"] = CaseWorkers,
        ["GET /api/v1/traces/"] = TraceReaders,
        ["GET /api/v1/traces/{id:long}"] = TraceReaders,
        ["GET /api/v1/traces/preparation/{firearmId:long}"] = TraceWorkers,
        ["POST /api/v1/traces/"] = TraceWorkers,
        ["POST /api/v1/traces/{id:long}/moves"] = TraceWorkers,
        ["POST /api/v1/traces/{id:long}/answers"] = TraceWorkers,
        ["POST /api/v1/traces/incoming"] = Liaison,
        ["POST /api/v1/stolen/search"] = RegistryReaders,
        ["GET /api/v1/stolen/hits"] = RegistryReaders,
        ["POST /api/v1/stolen/hits/{id:long}/decision"] = Editors,
        ["GET /api/v1/ballistics/"] = Examiners,
        ["POST /api/v1/ballistics/examinations"] = Examiners,
        ["POST /api/v1/ballistics/leads"] = Examiners,
        ["POST /api/v1/ballistics/leads/{id:long}/decision"] = Examiners,
        ["GET /api/v1/ballistic-hits"] = RegistryReaders,
        ["GET /api/v1/referrals/"] = CaseWorker,
        ["GET /api/v1/referrals/{id:long}"] = CaseWorker,
        ["POST /api/v1/referrals/"] = CaseWorker,
        ["POST /api/v1/referrals/{id:long}/screening"] = CaseWorker,
        ["POST /api/v1/referrals/{id:long}/consent"] = CaseWorker,
        ["POST /api/v1/referrals/{id:long}/assessments"] = CaseWorker,
        ["POST /api/v1/referrals/{id:long}/panel-meetings"] = CaseWorker,
        ["POST /api/v1/referrals/{id:long}/support-items"] = CaseWorker,
        ["POST /api/v1/referrals/{id:long}/reviews"] = CaseWorker,
        ["POST /api/v1/referrals/{id:long}/exit"] = CaseWorker,
        ["GET /api/v1/referral-figures/{year:int}"] = ReferralFigures,
        ["GET /api/v1/community/safety/audits"] = Coordinator,
        ["GET /api/v1/community/safety/audits/{id:long}"] = Coordinator,
        ["POST /api/v1/community/safety/audits"] = Coordinator,
        ["POST /api/v1/community/safety/audits/{id:long}/advance"] = Coordinator,
        ["POST /api/v1/community/safety/audits/{id:long}/action-items"] = Coordinator,
        ["GET /api/v1/community/safety/audits/{id:long}/dashboard"] = Coordinator,
        ["GET /api/v1/community/safety/meetings"] = Coordinator,
        ["GET /api/v1/community/safety/meetings/{id:long}"] = Coordinator,
        ["GET /api/v1/community/safety/council-report.pdf"] = Coordinator,
        ["GET /api/v1/cyber/incidents"] = CyberUnit,
        ["GET /api/v1/cyber/incidents/{id:long}"] = CyberUnit,
        ["POST /api/v1/cyber/incidents/{id:long}/triage"] = CyberUnit,
        ["POST /api/v1/cyber/incidents/{id:long}/clocks"] = CyberUnit,
        ["POST /api/v1/cyber/incidents/{id:long}/notes"] = CyberUnit,
        ["GET /api/v1/cyber/incidents/{id:long}/stix.json"] = CyberUnit,
        ["GET /api/v1/cyber/incidents/{id:long}/misp.json"] = CyberUnit,
        ["GET /api/v1/cyber/figures/{year:int}"] = CyberUnit,
        ["POST /api/v1/cyber/reports"] = CyberReporters,
        ["GET /api/v1/sharing/packages"] = Liaison,
        ["GET /api/v1/sharing/packages/{id:long}/file"] = Liaison,
        ["POST /api/v1/sharing/packages/received"] = Liaison,
        ["POST /api/v1/sharing/exports/misp"] = Liaison,
        ["POST /api/v1/sharing/exports/stix"] = Liaison,
        ["GET /api/v1/public/cyber/challenge"] = Public,
        ["POST /api/v1/public/cyber/reports"] = Public,
        ["POST /api/v1/public/cyber/follow"] = Public,
        ["GET /api/v1/training/figures"] = TrainingFigures,
        ["GET /api/v1/training/figures.csv"] = TrainingFigures,
        ["GET /api/v1/training/figures.xlsx"] = TrainingFigures,
        ["GET /api/v1/infrastructure/operators"] = Infrastructure,
        ["GET /api/v1/infrastructure/threat-levels"] = Infrastructure,
        ["POST /api/v1/infrastructure/threat-levels"] = InfrastructureOversight,
    };

    /// <summary>Puts sample ids into a route pattern: the incident, person and firearm of one open incident.</summary>
    public static string FillRoute(string pattern, IReadOnlyDictionary<string, string> ids) => Parameter().Replace(pattern, match =>
    {
        var name = match.Groups[1].Value;
        var type = match.Groups[2].Value;
        return name switch
        {
            "code" => "XK",
            _ when pattern.Contains("/accounts/", StringComparison.Ordinal) => "no-such-account",
            _ when pattern.Contains("/figures/", StringComparison.Ordinal) => "2024",
            _ when type == ":int" => "1",
            _ when pattern.Contains("/persons/", StringComparison.Ordinal) => ids["person"],
            _ when pattern.Contains("/referrals/", StringComparison.Ordinal) => ids["referral"],
            _ when pattern.Contains("/firearms/", StringComparison.Ordinal) => ids["firearm"],
            _ => ids["incident"],
        };
    });

    [GeneratedRegex(@"\{(\w+)(:\w+)?\}")]
    private static partial Regex Parameter();
}
