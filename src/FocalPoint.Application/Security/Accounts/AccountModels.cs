using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Security.Accounts;

/// <summary>A staff account as administrators see it: no personal data of the registry, no secrets.</summary>
public sealed record AccountSummary(
    string Id, string UserName, string DisplayName, string? Email, ReportingAgency Agency, IReadOnlyList<string> Roles,
    bool TwoFactorEnabled, bool Disabled);

/// <summary>What an administrator sets on an account; the password only on creation.</summary>
public sealed record AccountInput(
    string UserName, string DisplayName, string? Email, ReportingAgency Agency, IReadOnlyList<string> Roles, string? InitialPassword = null);
