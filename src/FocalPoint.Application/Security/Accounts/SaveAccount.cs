using FocalPoint.Application.Common;
using FocalPoint.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace FocalPoint.Application.Security.Accounts;

/// <summary>
/// Creates an account (the initial password must pass the password policy) or changes its name, agency and roles.
/// Role changes reach open sessions at their next stamp check, within a minute.
/// </summary>
public sealed class SaveAccount(UserManager<FocalPointUser> users)
{
    public async Task<CommandResult<string>> CreateAsync(AccountInput input)
    {
        var errors = Validate(input);
        if (string.IsNullOrEmpty(input.InitialPassword))
        {
            errors.Add(nameof(AccountInput.InitialPassword), Messages.PasswordRequired);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<string>.Invalid(errors);
        }

        var user = new FocalPointUser { UserName = input.UserName.Trim(), EmailConfirmed = !string.IsNullOrWhiteSpace(input.Email) };
        Apply(user, input);
        var created = await users.CreateAsync(user, input.InitialPassword!);
        if (!created.Succeeded)
        {
            return CommandResult<string>.Invalid(ToErrors(created));
        }

        await users.AddToRolesAsync(user, input.Roles.Distinct(StringComparer.Ordinal));
        return CommandResult<string>.Ok(user.Id);
    }

    public async Task<CommandResult<string>> UpdateAsync(string id, AccountInput input)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return CommandResult<string>.Missing();
        }

        var errors = Validate(input);
        if (!errors.IsEmpty)
        {
            return CommandResult<string>.Invalid(errors);
        }

        Apply(user, input);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return CommandResult<string>.Invalid(ToErrors(updated));
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(input.Roles, StringComparer.Ordinal));
        await users.AddToRolesAsync(user, input.Roles.Except(current, StringComparer.Ordinal).Distinct(StringComparer.Ordinal));
        return CommandResult<string>.Ok(user.Id);
    }

    private static void Apply(FocalPointUser user, AccountInput input)
    {
        user.DisplayName = input.DisplayName.Trim();
        user.Agency = input.Agency;
        user.Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
    }

    private static ValidationErrors Validate(AccountInput input)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.UserName) || input.UserName.Length > 256)
        {
            errors.Add(nameof(AccountInput.UserName), Messages.UserNameRequired);
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Length > 200)
        {
            errors.Add(nameof(AccountInput.DisplayName), Messages.DisplayNameRequired);
        }

        if (input.Roles is null || input.Roles.Count == 0 || input.Roles.Any(r => !Roles.All.Contains(r)))
        {
            errors.Add(nameof(AccountInput.Roles), Messages.RolesRequired, string.Join(", ", Roles.All));
        }

        if (!Enum.IsDefined(input.Agency))
        {
            errors.Add(nameof(AccountInput.Agency), Messages.UnknownAgency);
        }

        return errors;
    }

    /// <summary>Identity's error codes say which field: "Password..." codes belong to the password.</summary>
    private static ValidationErrors ToErrors(IdentityResult result)
    {
        var errors = new ValidationErrors();
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(AccountInput.InitialPassword)
                : error.Code.Contains("Email", StringComparison.Ordinal) ? nameof(AccountInput.Email)
                : nameof(AccountInput.UserName);
            // Identity's own codes (PasswordTooShort, DuplicateUserName, ...) are translated like ours.
            errors.Add(field, new UserMessage("Identity" + error.Code, error.Description, []));
        }

        return errors;
    }
}
