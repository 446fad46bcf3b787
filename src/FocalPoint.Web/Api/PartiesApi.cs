using FocalPoint.Application.Security;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Firearms;
using FocalPoint.Application.Registry.Persons;
using FocalPoint.Data.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoint.Web.Api;

internal static class PartiesApi
{
    /// <summary>Consultations of personal data state their purpose in this header (never in the URL).</summary>
    public const string PurposeHeader = "X-FocalPoint-Purpose";

    public static void MapPartiesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/persons/{id:long}", GetPersonAsync).WithTags("Persons").WithName("GetPerson")
            .WithSummary($"A person record with every incident it appears in. Requires the {PurposeHeader} header.").RequireAuthorization(Capabilities.PersonalData);
        api.MapPost("/persons/search", SearchAsync).WithTags("Persons").WithName("SearchPersons")
            .WithSummary($"Find persons by name or personal number (criteria in the body, not the URL). Requires the {PurposeHeader} header.")
            .RequireAuthorization(Capabilities.PersonalData);
        api.MapGet("/firearms/{id:long}", GetFirearmAsync).WithTags("Firearms").WithName("GetFirearm")
            .WithSummary("A firearm record, the incidents where its serial was recorded, and its traces.").RequireAuthorization(Capabilities.RegistryRead);
    }

    private static async Task<Results<Ok<PersonDetails>, NotFound, ProblemHttpResult>> GetPersonAsync(
        long id, [FromHeader(Name = PurposeHeader)] string? purpose, GetPerson handler, CancellationToken cancellationToken)
    {
        if (PurposeProblem(purpose) is { } problem)
        {
            return problem;
        }

        return await handler.HandleAsync(id, purpose!.Trim(), cancellationToken) is { } person ? TypedResults.Ok(person) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<PagedResult<PersonRow>>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        PersonSearch search, [FromHeader(Name = PurposeHeader)] string? purpose, SearchPersons handler, CancellationToken cancellationToken)
    {
        if (PurposeProblem(purpose) is { } problem)
        {
            return problem;
        }

        var result = await handler.HandleAsync(search, purpose!.Trim(), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(result.Value) : TypedResults.ValidationProblem(result.Errors!.ToDictionary());
    }

    private static async Task<Results<Ok<FirearmDetails>, NotFound>> GetFirearmAsync(long id, GetFirearm handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, cancellationToken) is { } firearm ? TypedResults.Ok(firearm) : TypedResults.NotFound();

    private static ProblemHttpResult? PurposeProblem(string? purpose) =>
        purpose?.Trim().Length is >= 5 and <= Security.PurposeMemory.MaxLength
            ? null
            : TypedResults.Problem(
                $"State why you consult this personal data in the {PurposeHeader} header (5 to {Security.PurposeMemory.MaxLength} characters); it is recorded in the audit log.",
                statusCode: StatusCodes.Status400BadRequest, title: "Purpose required");
}
