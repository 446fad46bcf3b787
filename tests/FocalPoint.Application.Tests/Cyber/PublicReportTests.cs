using System.Text;
using FocalPoint.Application.Common;
using FocalPoint.Application.Cyber.Reporting;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Cyber;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Cyber;

public sealed class PublicReportTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Submit_ValidReport_StoredWithCanonicalIndicatorsAndFollowedWithCodeAndSecret(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = CyberWorld.Services(database, CyberWorld.Public());
        var input = CyberWorld.Phishing((CyberIndicatorType.Domain, "Bad-Bank-Login.EXAMPLE"), (CyberIndicatorType.IPv6, "2001:DB8:0:0::7"),
            (CyberIndicatorType.Sha256, new string('A', 64)));
        input.Description = "The mail said <script>alert(1)</script> and asked for my PIN.";
        input.Files = [new CyberFile("sms.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])];

        var receipt = (await CyberWorld.SubmitAsync(services, input)).Value!;
        var followed = await services.RunAsync<FollowCyberReport, CyberFollowView?>(f => f.HandleAsync(receipt.TrackingCode.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), receipt.Secret));

        Assert.Matches("^CY-[0-9A-Z]{4}-[0-9A-Z]{4}$", receipt.TrackingCode);
        Assert.Equal(CyberStatus.New, followed!.Status);
        await using var db = await services.ContextAsync();
        var stored = await db.CyberIncidents.Include(c => c.Indicators).Include(c => c.Attachments).SingleAsync();
        Assert.Equal(["2001:db8::7", new string('a', 64), "bad-bank-login.example"], stored.Indicators.Select(i => i.Value).Order(StringComparer.Ordinal));
        Assert.Equal(input.Description, stored.Description);
        Assert.Equal("image/png", stored.Attachments.Single().ContentType);
        Assert.Equal(64, stored.Attachments.Single().Sha256.Length);
        Assert.Equal(32, stored.SecretHash.Length);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Follow_WrongCodeOrWrongSecret_SameEmptyAnswerAndEachAttemptAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = CyberWorld.Services(database, CyberWorld.Public());
        var receipt = (await CyberWorld.SubmitAsync(services, CyberWorld.Phishing())).Value!;

        var wrongSecret = await services.RunAsync<FollowCyberReport, CyberFollowView?>(f => f.HandleAsync(receipt.TrackingCode, "AAAAA-BBBBB-CCCCC-DDDDD"));
        var wrongCode = await services.RunAsync<FollowCyberReport, CyberFollowView?>(f => f.HandleAsync("CY-0000-0000", receipt.Secret));
        var nonsense = await services.RunAsync<FollowCyberReport, CyberFollowView?>(f => f.HandleAsync("' OR 1=1 --", null));

        Assert.Null(wrongSecret);
        Assert.Null(wrongCode);
        Assert.Null(nonsense);
        var refused = services.GetRequiredService<RecordingAuditLog>().Events.Where(e => e.Action == AuditAction.AccessRefused).ToList();
        Assert.Equal(3, refused.Count);
        Assert.All(refused, e => Assert.Empty(e.RecordIds));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Submit_BadInput_ClearMessagePerFieldAndNothingStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = CyberWorld.Services(database, CyberWorld.Public());
        var input = CyberWorld.Phishing((CyberIndicatorType.IPv4, "999.1.1.1"), (CyberIndicatorType.Md5, "abc123"), (CyberIndicatorType.Url, "javascript:alert(1)"));
        input.Title = "<script>alert('x')</script>";
        input.DetectedAtUtc = CyberWorld.Now.UtcDateTime.AddDays(2);
        input.Files = [new CyberFile("photo.png", Encoding.ASCII.GetBytes("MZ\u0090\0 this is an executable")), new CyberFile("big.txt", new byte[2000])];

        var result = await CyberWorld.SubmitAsync(services, input);
        var noChallenge = await services.RunAsync<SubmitCyberReport, CommandResult<CyberReceipt>>(s => s.PublicAsync(CyberWorld.Phishing(), "forged", "1"));

        var errors = result.Errors!.ToDictionary();
        Assert.Contains("Markup", errors["Title"][0], StringComparison.Ordinal);
        Assert.Contains("future", errors["DetectedAtUtc"][0], StringComparison.Ordinal);
        Assert.Equal("\"999.1.1.1\" is not a valid IPv4.", errors["Indicators[0]"][0]);
        Assert.Equal("\"abc123\" is not a valid MD5.", errors["Indicators[1]"][0]);
        Assert.True(errors.ContainsKey("Indicators[2]"));
        Assert.Contains(errors["Files"], m => m.Contains("photo.png is not what its name says", StringComparison.Ordinal));
        Assert.Contains(errors["Files"], m => m.Contains("big.txt is larger", StringComparison.Ordinal));
        Assert.True(noChallenge.Errors!.ToDictionary().ContainsKey("Challenge"));
        await using var db = await services.ContextAsync();
        Assert.Equal(0, await db.CyberIncidents.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Submit_SolvedChallengePostedTwice_OneReportAndTheSecondToldItWasReceived(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = CyberWorld.Services(database, CyberWorld.Public());
        var challenge = services.GetRequiredService<ProofOfWork>().Issue();
        var nonce = ProofOfWork.Solve(challenge.Challenge, challenge.Bits);

        var first = await services.RunAsync<SubmitCyberReport, CommandResult<CyberReceipt>>(s => s.PublicAsync(CyberWorld.Phishing(), challenge.Challenge, nonce));
        var again = await services.RunAsync<SubmitCyberReport, CommandResult<CyberReceipt>>(s => s.PublicAsync(CyberWorld.Phishing(), challenge.Challenge, nonce));

        Assert.True(first.Succeeded);
        Assert.Contains("already received", again.Errors!.ToDictionary()["Challenge"][0], StringComparison.Ordinal);
        await using var db = await services.ContextAsync();
        Assert.Equal(1, await db.CyberIncidents.CountAsync());
    }
}
