using FocalPoint.Application.Registry.Firearms;
using FocalPoint.Application.Registry.Persons;
using FocalPoint.Data.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Api;

internal static class PartiesApi
{
    public static void MapPartiesApi(this RouteGroupBuilder api)
    {
        var readers = Roles.RegistryReaders.Split(',');
        api.MapGet("/persons/{id:long}", GetPersonAsync).WithTags("Persons").WithName("GetPerson")
            .WithSummary("A person record with every incident it appears in.").RequireAuthorization(p => p.RequireRole(readers));
        api.MapGet("/firearms/{id:long}", GetFirearmAsync).WithTags("Firearms").WithName("GetFirearm")
            .WithSummary("A firearm record, the incidents where its serial was recorded, and its traces.").RequireAuthorization(p => p.RequireRole(readers));
    }

    private static async Task<Results<Ok<PersonDetails>, NotFound>> GetPersonAsync(long id, GetPerson handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, cancellationToken) is { } person ? TypedResults.Ok(person) : TypedResults.NotFound();

    private static async Task<Results<Ok<FirearmDetails>, NotFound>> GetFirearmAsync(long id, GetFirearm handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, cancellationToken) is { } firearm ? TypedResults.Ok(firearm) : TypedResults.NotFound();
}
