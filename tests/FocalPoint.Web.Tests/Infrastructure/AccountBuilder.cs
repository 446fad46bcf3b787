using FocalPoint.Data.Identity;
using FocalPoint.Web.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Web.Tests.Infrastructure;

/// <summary>Creates accounts beyond the demo ones, with or without a second factor.</summary>
public static class AccountBuilder
{
    public static async Task<FocalPointUser> CreateAsync<TEntry>(WebApplicationFactory<TEntry> app, string userName, string role, string? secret = null)
        where TEntry : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FocalPointUser>>();
        var user = new FocalPointUser { UserName = userName, DisplayName = userName };
        Check(await users.CreateAsync(user, FocalPointApp.Password));
        Check(await users.AddToRoleAsync(user, role));
        if (secret is not null)
        {
            var keys = (IUserAuthenticatorKeyStore<FocalPointUser>)scope.ServiceProvider.GetRequiredService<IUserStore<FocalPointUser>>();
            await keys.SetAuthenticatorKeyAsync(user, secret, CancellationToken.None);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return user;
    }

    public static async Task<IReadOnlyList<string>> RecoveryCodesAsync<TEntry>(WebApplicationFactory<TEntry> app, string userName)
        where TEntry : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FocalPointUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 3) ?? []];
    }

    public static string SecretFor(string userName) => AuthenticatorKey.DemoSecret("test:" + userName);

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
