using FocalPoint.Application.Common;
using FocalPoint.Application.Cyber;
using FocalPoint.Application.Cyber.Reporting;
using FocalPoint.Application.Security;
using FocalPoint.Domain.Cyber;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Cyber;

/// <summary>Users, a clock, a quick proof of work and a scratch attachment folder for the cyber tests.</summary>
internal static class CyberWorld
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static UserAccess Unit() => User("cyber", "CyberUnit");

    public static UserAccess Public() => User("anonymous", "None");

    public static UserAccess User(string name, string role) => new(name, new HashSet<string> { role }, ReportingAgency.KosovoPolice, new HashSet<long>());

    public static ServiceProvider Services(TestDatabase database, UserAccess access, TimeProvider? time = null) =>
        TestServices.For(database, access: access, time: time ?? new ManualClock(Now), replace: s =>
        {
            s.AddDataProtection().UseEphemeralDataProtectionProvider();
            s.Configure<CyberOptions>(o =>
            {
                o.ProofOfWorkBits = 6;
                o.AttachmentDirectory = Path.Combine(Path.GetTempPath(), "focalpoint-cyber-tests");
                o.MaxAttachmentBytes = 1000;
            });
        });

    public static CyberReportInput Phishing(params (CyberIndicatorType Type, string Value)[] indicators) => new()
    {
        Type = CyberIncidentType.Phishing,
        Title = "Fake bank login page sent by SMS",
        Description = "An SMS asked me to log in at a page that looks like my bank's.",
        DetectedAtUtc = Now.UtcDateTime.AddHours(-2),
        Indicators = [.. indicators.Select(i => new CyberIndicatorInput(i.Type, i.Value))],
    };

    /// <summary>Submits a public report with a freshly solved challenge, as the page's script does.</summary>
    public static async Task<CommandResult<CyberReceipt>> SubmitAsync(ServiceProvider services, CyberReportInput input)
    {
        var challenge = services.GetRequiredService<ProofOfWork>().Issue();
        var nonce = ProofOfWork.Solve(challenge.Challenge, challenge.Bits);
        return await services.RunAsync<SubmitCyberReport, CommandResult<CyberReceipt>>(s => s.PublicAsync(input, challenge.Challenge, nonce));
    }
}
