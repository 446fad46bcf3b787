using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Security;

/// <summary>
/// What one user may reach: roles, agency and the cases whose team they are on. Built once per request (or page
/// action) by <see cref="IAccessContext"/>; every use case asks it, so the API and the UI follow the same rules.
/// </summary>
public sealed class UserAccess(string userName, IReadOnlySet<string> roles, ReportingAgency? agency, IReadOnlySet<long> caseIds, bool unrestricted = false)
{
    public string UserName { get; } = userName;
    public IReadOnlySet<string> Roles { get; } = roles;
    public ReportingAgency? Agency { get; } = agency;
    public IReadOnlySet<long> CaseIds { get; } = caseIds;

    /// <summary>Command-line operators and system jobs; never a signed-in web user.</summary>
    public bool Unrestricted { get; } = unrestricted;

    public bool ReadsRegistry => Holds(Capabilities.RegistryRead);
    public bool EditsRegistry => Holds(Capabilities.RegistryEdit);

    /// <summary>Names, dates of birth and personal numbers: not for commanders, administrators or auditors by role alone.</summary>
    public bool SeesPersonalData => Holds(Capabilities.PersonalData);

    /// <summary>Whether the user's roles hold a capability of <see cref="Capabilities"/>.</summary>
    public bool Holds(string capability) => Unrestricted || Capabilities.Held(capability, Roles);

    public static UserAccess System(string userName) => new(userName, new HashSet<string>(), null, new HashSet<long>(), unrestricted: true);
}

/// <summary>Gives the acting user's <see cref="UserAccess"/>; the web host builds it from the signed-in user.</summary>
public interface IAccessContext
{
    Task<UserAccess> GetAsync(CancellationToken cancellationToken = default);
}

/// <summary>An access context fixed in advance: the command line's user, or the system for work done at start-up.</summary>
public sealed class FixedAccessContext(UserAccess access) : IAccessContext
{
    public Task<UserAccess> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(access);
}
