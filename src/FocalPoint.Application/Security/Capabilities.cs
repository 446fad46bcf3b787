using FocalPoint.Data.Identity;

namespace FocalPoint.Application.Security;

/// <summary>
/// The one access rule: what each capability is and which roles hold it. The web host registers one authorization
/// policy per capability (named as the capability) from this table; pages, API groups, the navigation and the
/// use cases' <see cref="UserAccess"/> all ask it, so a link is shown exactly when its page lets the user in
/// (ADR 0015). Add a role to a capability here and nowhere else.
/// </summary>
public static class Capabilities
{
    /// <summary>Incidents, firearms and the registry's lists and counts (need-to-know still cuts the rows).</summary>
    public const string RegistryRead = nameof(RegistryRead);

    /// <summary>Recording and correcting incidents, notes.</summary>
    public const string RegistryEdit = nameof(RegistryEdit);

    /// <summary>Names, dates of birth and personal numbers (each consultation asks a purpose and is audited).</summary>
    public const string PersonalData = nameof(PersonalData);

    /// <summary>Loading agency files: upload, mapping, commit, quarantine correction.</summary>
    public const string Import = nameof(Import);

    /// <summary>The entity-review queue and resolved entities (deciding a pair also needs <see cref="RegistryEdit"/>).</summary>
    public const string EntityReview = nameof(EntityReview);

    /// <summary>Link analysis over the registry graph.</summary>
    public const string LinkChart = nameof(LinkChart);

    /// <summary>National statistics and flows: IAFQ tables, SDG 16.4.2, weapon flows, indicators.</summary>
    public const string Statistics = nameof(Statistics);

    /// <summary>Writing product templates and publishing the bulletin and the Roadmap report (reading them is <see cref="Statistics"/>).</summary>
    public const string Publishing = nameof(Publishing);

    /// <summary>The retention review: keeping, erasing, subject-access exports.</summary>
    public const string Retention = nameof(Retention);

    /// <summary>Reading the audit log and verifying its chain.</summary>
    public const string Audit = nameof(Audit);

    /// <summary>Border risk analysis: CIRAM assessments, drafting risk profiles, their hit rates and precision.</summary>
    public const string RiskAnalysis = nameof(RiskAnalysis);

    /// <summary>Approving a risk profile drafted by someone else (four eyes), retiring one.</summary>
    public const string RiskApproval = nameof(RiskApproval);

    /// <summary>The hit queue at a crossing point: opening hits with their reasons, recording outcomes.</summary>
    public const string BorderScreening = nameof(BorderScreening);

    /// <summary>Reading CIRAM assessments, their matrix and map: the analysts who write them and the officers who work the border.</summary>
    public const string RiskAssessmentRead = nameof(RiskAssessmentRead);

    /// <summary>Screening a file of crossings against the approved profiles and the registry's watch-list.</summary>
    public const string CrossingScreening = nameof(CrossingScreening);

    /// <summary>The case workspace: cases, their teams, attached records, tasks, journal and the case file (need-to-know still cuts).</summary>
    public const string Cases = nameof(Cases);

    /// <summary>Reading trace requests, their answers and the overdue lists.</summary>
    public const string TraceRead = nameof(TraceRead);

    /// <summary>Building trace requests from a firearm, sending them on national and bilateral channels, recording answers.</summary>
    public const string TraceWork = nameof(TraceWork);

    /// <summary>The police-cooperation channels (INTERPOL through UNMIK, Europol) and partners' incoming requests.</summary>
    public const string TraceLiaison = nameof(TraceLiaison);

    /// <summary>The ballistic department's own records: examinations of scene evidence and test fires, leads and their review.</summary>
    public const string Ballistics = nameof(Ballistics);

    /// <summary>Municipal community safety: safety audits, action plans, council meetings and their reports.</summary>
    public const string CommunitySafety = nameof(CommunitySafety);

    /// <summary>The sealed referral mechanism (ADR 0025): referrals, screening, assessments, panels, support, reviews, exit.</summary>
    public const string Referrals = nameof(Referrals);

    /// <summary>The referral figures that leave the seal: counts by month, municipality, sex, age band and outcome, small counts suppressed.</summary>
    public const string ReferralFigures = nameof(ReferralFigures);

    /// <summary>Cross-border exchange: partners and their keys, building, sending and opening packages, the per-partner ledger.</summary>
    public const string SharingSend = nameof(SharingSend);

    /// <summary>Approving a package that carries H2/H3 or TLP:RED records before it is sealed (four eyes).</summary>
    public const string SharingApprove = nameof(SharingApprove);

    /// <summary>The cyber unit's work: the triage queue, incidents with their reporters' contacts, clocks, figures, STIX/MISP export.</summary>
    public const string CyberWork = nameof(CyberWork);

    /// <summary>Counts of cyber incidents by sector, type and month among the indicators: no reporter, no text.</summary>
    public const string CyberFigures = nameof(CyberFigures);

    /// <summary>Reporting cyber incidents for one's own registered organisation and following them.</summary>
    public const string CyberReport = nameof(CyberReport);

    /// <summary>Courses, their attendance lists and imports, the persons trained and the review of doubtful matches (names: audited).</summary>
    public const string Training = nameof(Training);

    /// <summary>The figures of the trained, by sex, institution, region, topic and year: counts only, no names.</summary>
    public const string TrainingFigures = nameof(TrainingFigures);

    /// <summary>Critical-infrastructure operators and their security plans; an operator's accounts reach their own operator only.</summary>
    public const string CriticalInfrastructure = nameof(CriticalInfrastructure);

    /// <summary>Setting the threat level per sector, approving security plans, the national overview of plans.</summary>
    public const string InfrastructureOversight = nameof(InfrastructureOversight);

    /// <summary>Accounts and reference data.</summary>
    public const string Administration = nameof(Administration);

    private static readonly string[] Editors = [Roles.Analyst, Roles.Investigator, Roles.BorderOfficer, Roles.CustomsOfficer];
    private static readonly string[] Readers = [.. Editors, Roles.Commander, Roles.LiaisonOfficer];

    /// <summary>Each capability and the roles that hold it.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Table = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        // Auditors read records (need-to-know still applies, names ask a purpose) so that the log's entries can be
        // checked against what they name: supervising lawful processing is their work (ADR 0015, amended).
        [RegistryRead] = [.. Readers, Roles.Auditor],
        [RegistryEdit] = Editors,
        [PersonalData] = [.. Editors, Roles.LiaisonOfficer, Roles.Auditor],
        [Import] = Editors,
        [EntityReview] = Readers,
        [LinkChart] = [Roles.Analyst, Roles.Investigator],
        [Statistics] = [Roles.Analyst, Roles.Investigator, Roles.Commander, Roles.LiaisonOfficer],
        [Publishing] = [Roles.Analyst],
        [Retention] = [Roles.Analyst, Roles.Investigator],
        [RiskAnalysis] = [Roles.Analyst, Roles.Investigator, Roles.Commander],
        [RiskApproval] = [Roles.Commander],
        [BorderScreening] = [Roles.BorderOfficer, Roles.CustomsOfficer],
        [RiskAssessmentRead] = [Roles.Analyst, Roles.Investigator, Roles.Commander, Roles.BorderOfficer, Roles.CustomsOfficer],
        [CrossingScreening] = [Roles.Analyst, Roles.Investigator, Roles.Commander, Roles.BorderOfficer, Roles.CustomsOfficer],

        // Cases are worked by investigators and analysts, with the liaison officer on teams for partner requests.
        // Commanders own and reassign cases (supervision; they still see no names). Border and customs officers record
        // the seizures that cases attach, but do not run investigations. Auditors are left out: the log names the
        // incidents and persons themselves, which they open through RegistryRead; the workspace is operational work.
        [Cases] = [Roles.Analyst, Roles.Investigator, Roles.Commander, Roles.LiaisonOfficer],
        [Audit] = [Roles.Auditor],

        // Investigators build and follow traces; the liaison officer alone speaks on the police-cooperation channels.
        [TraceRead] = [Roles.Analyst, Roles.Investigator, Roles.Commander, Roles.LiaisonOfficer],
        [TraceWork] = [Roles.Investigator, Roles.LiaisonOfficer],
        [TraceLiaison] = [Roles.LiaisonOfficer],

        // The forensic agency sees its examinations, not the intelligence around them: the examiner holds no registry
        // capability, and the intelligence roles see only confirmed hits, on the incident and firearm pages they reach.
        [Ballistics] = [Roles.ForensicExaminer],

        // Packages leave and arrive through the liaison officer, as trace requests do: one desk speaks for the FFP to
        // partners, so one desk holds the keys. The commander approves what carries H2/H3 or RED: the supervisor who answers
        // for a disclosure, and who cannot send (four eyes: requester and approver are different people and roles).
        [SharingSend] = [Roles.LiaisonOfficer],
        [SharingApprove] = [Roles.Commander],

        // Cyber incidents are a separate module: the cyber unit alone reads them (reporters' contacts are personal
        // data); an institution's reporters see only their own organisation's reports.
        [CyberWork] = [Roles.CyberUnit],
        [CyberReport] = [Roles.CyberReporter],

        // Only counts leave the unit, for the programme's reporting: to those who report on the Roadmap, as training figures do.
        [CyberFigures] = [Roles.CyberUnit, Roles.Analyst, Roles.Commander],
        [Administration] = [Roles.Administrator],

        // Training records name officials: the training officers keep them. The programme's figures (counts by sex, no
        // names) go to those who report on the Roadmap as well.
        [Training] = [Roles.TrainingOfficer],
        [TrainingFigures] = [Roles.TrainingOfficer, Roles.Analyst, Roles.Commander],

        // Critical infrastructure is the ministry's and the operators' business, not police intelligence: an operator's
        // accounts see their own operator only (the use cases cut by membership), the ministry sees and oversees all.
        [CriticalInfrastructure] = [Roles.InfrastructureMinistry, Roles.InfrastructureOperator],
        [InfrastructureOversight] = [Roles.InfrastructureMinistry],

        // The referral seal (ADR 0025): only the case workers reach referrals, never intelligence roles or administrators.
        // Aggregates with small counts suppressed are all that leaves it: for the councils' and the analysts' planning.
        [CommunitySafety] = [Roles.MunicipalCoordinator],
        [Referrals] = [Roles.ReferralCaseWorker],
        [ReferralFigures] = [Roles.ReferralCaseWorker, Roles.MunicipalCoordinator, Roles.Analyst, Roles.Commander],
    };

    /// <summary>The roles holding a capability; an unknown name is a programming error.</summary>
    public static IReadOnlyList<string> RolesOf(string capability) =>
        Table.TryGetValue(capability, out var roles) ? roles : throw new ArgumentOutOfRangeException(nameof(capability), capability, "Unknown capability.");

    /// <summary>Whether any of the given roles holds the capability.</summary>
    public static bool Held(string capability, IEnumerable<string> roles) => roles.Any(RolesOf(capability).Contains);
}
