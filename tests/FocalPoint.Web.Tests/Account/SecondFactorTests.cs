using System.Net;
using System.Text.RegularExpressions;
using FocalPoint.Data.Identity;
using FocalPoint.Testing;
using FocalPoint.Web.Tests.Infrastructure;

namespace FocalPoint.Web.Tests.Account;

public sealed partial class SecondFactorTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task SignIn_AnalystWithoutSecondFactor_IsHeldAtEnrolmentUntilEnrolled()
    {
        await AccountBuilder.CreateAsync(app, "fresh-analyst", Roles.Analyst);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var signIn = await FocalPointApp.SignInAsync(client, "fresh-analyst", FocalPointApp.Password);

        Assert.StartsWith("/account/two-factor", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/incidents")).StatusCode);
        Assert.StartsWith("/account/two-factor", (await client.GetAsync("/incidents")).Headers.Location?.OriginalString, StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/account/two-factor"));
        var key = SharedKey().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("otpauth://totp/FocalPoint:fresh-analyst?secret=", page, StringComparison.Ordinal);
        var enrolled = await client.PostAsync("/account/two-factor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = Totp.Code(key, TimeProvider.System.GetUtcNow()), ["_handler"] = "enrol", ["__RequestVerificationToken"] = FocalPointApp.TokenIn(page),
        }));

        var shown = await enrolled.Content.ReadAsStringAsync();
        Assert.Equal(10, RecoveryCode().Matches(shown).Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/incidents")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongAuthenticatorCode_IsRefused()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await FocalPointApp.SignInAsync(client, "investigator", FocalPointApp.Password);

        var response = await FocalPointApp.SecondStepAsync(client, "000000" == FocalPointApp.DemoCode("investigator") ? "111111" : "000000");

        Assert.StartsWith("/account/login-2fa?error=invalid", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/incidents")).StatusCode);
    }

    [Fact]
    public async Task SignIn_RecoveryCode_WorksOnce()
    {
        await AccountBuilder.CreateAsync(app, "recovering", Roles.Investigator, AccountBuilder.SecretFor("recovering"));
        var code = (await AccountBuilder.RecoveryCodesAsync(app, "recovering"))[0];

        var first = app.CreateClient(new() { AllowAutoRedirect = false });
        await FocalPointApp.SignInAsync(first, "recovering", FocalPointApp.Password);
        var used = await FocalPointApp.SecondStepAsync(first, code);
        var second = app.CreateClient(new() { AllowAutoRedirect = false });
        await FocalPointApp.SignInAsync(second, "recovering", FocalPointApp.Password);
        var reused = await FocalPointApp.SecondStepAsync(second, code);

        Assert.Equal("/", used.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/v1/incidents")).StatusCode);
        Assert.StartsWith("/account/login-2fa?error=invalid", reused.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_CommanderWithoutSecondFactor_IsNotHeld()
    {
        await AccountBuilder.CreateAsync(app, "fresh-commander", Roles.Commander);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var signIn = await FocalPointApp.SignInAsync(client, "fresh-commander", FocalPointApp.Password);

        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/incidents")).StatusCode);
    }

    [GeneratedRegex("id=\"shared-key\">([a-z2-7 ]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>[A-Z0-9]{5}-[A-Z0-9]{5}</code></li>")]
    private static partial Regex RecoveryCode();
}
