using FocalPoint.Domain.Incidents;
using Microsoft.AspNetCore.Identity;

namespace FocalPoint.Data.Identity;

/// <summary>An account; the agency decides, with the role, which records the user may see.</summary>
public class FocalPointUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public ReportingAgency Agency { get; set; }
}

/// <summary>The roles the platform knows. Names are stable: they are stored and checked by name.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Analyst = "Analyst";
    public const string Investigator = "Investigator";
    public const string BorderOfficer = "BorderOfficer";
    public const string CustomsOfficer = "CustomsOfficer";
    public const string Commander = "Commander";
    public const string LiaisonOfficer = "LiaisonOfficer";
    public const string Auditor = "Auditor";
    public const string MunicipalCoordinator = "MunicipalCoordinator";
    public const string ReferralCaseWorker = "ReferralCaseWorker";

    /// <summary>The national cyber unit: triages and works reported cyber incidents.</summary>
    public const string CyberUnit = "CyberUnit";

    /// <summary>Reports cyber incidents for the registered organisation the account belongs to.</summary>
    public const string CyberReporter = "CyberReporter";

    /// <summary>Records courses and their attendance, and reports the trained by sex.</summary>
    public const string TrainingOfficer = "TrainingOfficer";

    /// <summary>The ministry's critical-infrastructure desk: sets threat levels per sector, approves operators' security plans.</summary>
    public const string InfrastructureMinistry = "InfrastructureMinistry";

    /// <summary>Keeps the security plan of the one infrastructure operator the account belongs to.</summary>
    public const string InfrastructureOperator = "InfrastructureOperator";

    /// <summary>The forensic agency's ballistic department: examinations, candidate correlations and their review.</summary>
    public const string ForensicExaminer = "ForensicExaminer";

    public static readonly IReadOnlyList<string> All =
    [
        Administrator, Analyst, Investigator, BorderOfficer, CustomsOfficer, Commander, LiaisonOfficer, Auditor,
        MunicipalCoordinator, ReferralCaseWorker, CyberUnit, CyberReporter, TrainingOfficer, InfrastructureMinistry, InfrastructureOperator, ForensicExaminer,
    ];

    /// <summary>Roles that may record and correct incidents.</summary>
    public const string RegistryEditors = $"{Analyst},{Investigator},{BorderOfficer},{CustomsOfficer}";

    /// <summary>Roles whose work needs names, dates of birth and personal numbers.</summary>
    public const string PersonalDataReaders = $"{Analyst},{Investigator},{BorderOfficer},{CustomsOfficer},{LiaisonOfficer},{Auditor}";

    /// <summary>Roles that may read the registry.</summary>
    public const string RegistryReaders = $"{RegistryEditors},{Commander},{LiaisonOfficer},{Auditor}";

    /// <summary>Roles that may read and export national statistics (IAFQ tables, SDG 16.4.2).</summary>
    public const string StatisticsReaders = $"{Analyst},{Investigator},{Commander},{LiaisonOfficer}";
}
