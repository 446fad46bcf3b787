using FocalPoint.Application.Security;
using FocalPoint.Application.Common;
using FocalPoint.Application.Security.Accounts;
using FocalPoint.Data.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Api;

/// <summary>Account administration, for administrators only. Accounts are staff records, not registry data.</summary>
internal static class AccountsApi
{
    public static void MapAccountsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/accounts").WithTags("Accounts").RequireAuthorization(Capabilities.Administration);
        group.MapGet("/", (ListAccounts list, CancellationToken ct, int page = 1, int pageSize = 50) => list.ExecuteAsync(page, pageSize, ct))
            .WithName("ListAccounts").WithSummary("One page of accounts in user-name order.");
        group.MapPost("/", async (AccountInput input, SaveAccount save) => Answer(await save.CreateAsync(input)))
            .WithName("CreateAccount").WithSummary("Creates an account; the initial password must meet the password policy.");
        group.MapPut("/{id}", async (string id, AccountInput input, SaveAccount save) => Answer(await save.UpdateAsync(id, input)))
            .WithName("UpdateAccount").WithSummary("Changes display name, e-mail, agency and roles.");
        group.MapPost("/{id}/disable", async (string id, AccountAccess access) => Done(await access.SetDisabledAsync(id, disabled: true)))
            .WithName("DisableAccount").WithSummary("Stops sign-in and ends open sessions within a minute.");
        group.MapPost("/{id}/enable", async (string id, AccountAccess access) => Done(await access.SetDisabledAsync(id, disabled: false)))
            .WithName("EnableAccount");
        group.MapPost("/{id}/end-sessions", async (string id, AccountAccess access) => Done(await access.EndSessionsAsync(id)))
            .WithName("EndAccountSessions").WithSummary("Signs the user out everywhere: every node ends their sessions within a minute.");
        group.MapPost("/{id}/reset-second-factor", async (string id, AccountAccess access) => Done(await access.ResetSecondFactorAsync(id)))
            .WithName("ResetSecondFactor").WithSummary("The user enrols a new authenticator at the next sign-in.");
    }

    private static Results<Ok<AccountId>, ValidationProblem, NotFound> Answer(CommandResult<string> result)
    {
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.Ok(new AccountId(result.Value!)) : TypedResults.ValidationProblem(result.Errors!.ToDictionary());
    }

    private static Results<NoContent, NotFound> Done(CommandResult<bool> result) =>
        result.NotFound ? TypedResults.NotFound() : TypedResults.NoContent();

    internal sealed record AccountId(string Id);
}
