using FocalPoint.Application.Common;
using FocalPoint.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace FocalPoint.Application.Security.Accounts;

/// <summary>
/// Disables and enables accounts and resets second factors. A disabled account is locked out for good
/// (lockout end = max) and its security stamp changes, so its open sessions end at their next stamp check.
/// </summary>
public sealed class AccountAccess(UserManager<FocalPointUser> users)
{
    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd == DateTimeOffset.MaxValue;

    public async Task<CommandResult<bool>> SetDisabledAsync(string id, bool disabled)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return CommandResult<bool>.Missing();
        }

        if (disabled)
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
        }
        else
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        return CommandResult<bool>.Ok(disabled);
    }

    /// <summary>
    /// Ends every session of the user on every node: the new security stamp is in the database, and each node checks a
    /// session's stamp against it at least once a minute. The account stays usable; the user signs in again.
    /// </summary>
    public async Task<CommandResult<bool>> EndSessionsAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return CommandResult<bool>.Missing();
        }

        await users.UpdateSecurityStampAsync(user);
        return CommandResult<bool>.Ok(true);
    }

    /// <summary>The user enrols again at the next sign-in; the old key and recovery codes stop working.</summary>
    public async Task<CommandResult<bool>> ResetSecondFactorAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return CommandResult<bool>.Missing();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        return CommandResult<bool>.Ok(true);
    }
}
