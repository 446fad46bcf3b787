using FocalPoint.Application.Common;
using FocalPoint.Application.Community.Referrals;
using FocalPoint.Application.Security;
using FocalPoint.Data.Identity;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Community;

/// <summary>Users, clock and a referral form for the referral tests (all names synthetic).</summary>
internal static class ReferralTestData
{
    public static readonly ManualClock Clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
    public static readonly DateOnly Today = new(2026, 3, 10);

    public static UserAccess CaseWorker(string name = "caseworker") => As(name, Roles.ReferralCaseWorker);

    public static UserAccess As(string name, string role) => new(name, new HashSet<string> { role }, ReportingAgency.KosovoPolice, new HashSet<long>());

    public static ReferralInput Form(string name = "Synthetic Subject Zyrafete", int age = 19, Sex sex = Sex.Female, int municipality = 1, DateOnly? on = null) => new()
    {
        ReferredOn = on ?? Today,
        ReferringAgency = "Municipal Centre for Social Work",
        ReferrerRole = "Social worker",
        SubjectName = name,
        SubjectAge = age,
        SubjectSex = sex,
        MunicipalityId = municipality,
        Concerns = "Withdrew from school friends; shares violent videos in class chat groups (synthetic).",
    };

    public static async Task<long> ReferAsync(ServiceProvider services, ReferralInput? form = null)
    {
        var result = await services.RunAsync<ReferReferral, CommandResult<long>>(r => r.HandleAsync(form ?? Form()));
        Assert.True(result.Succeeded, "the referral form was refused");
        return result.Value;
    }

    public static Task<CommandResult<long>> StepAsync(ServiceProvider services, Func<ReferralSteps, Task<CommandResult<long>>> step) =>
        services.RunAsync(step);
}
