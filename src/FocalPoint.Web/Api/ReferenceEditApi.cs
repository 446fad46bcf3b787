using FocalPoint.Application.Security;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Data.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Api;

/// <summary>Administrators add and correct reference data; rows are never deleted because records refer to them.</summary>
internal static class ReferenceEditApi
{
    public static void MapReferenceEditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reference").WithTags("Reference data").RequireAuthorization(Capabilities.Administration);
        group.MapPost("/calibres", (CalibreInput input, EditReference edit, CancellationToken ct) => Answer(edit.SaveCalibreAsync(null, input, ct))).WithName("AddCalibre");
        group.MapPut("/calibres/{id:int}", (int id, CalibreInput input, EditReference edit, CancellationToken ct) => Answer(edit.SaveCalibreAsync(id, input, ct))).WithName("UpdateCalibre");
        group.MapPost("/makes", (MakeInput input, EditReference edit, CancellationToken ct) => Answer(edit.SaveMakeAsync(null, input, ct))).WithName("AddMake");
        group.MapPut("/makes/{id:int}", (int id, MakeInput input, EditReference edit, CancellationToken ct) => Answer(edit.SaveMakeAsync(id, input, ct))).WithName("UpdateMake");
        group.MapPost("/firearm-types", (FirearmTypeInput input, EditReference edit, CancellationToken ct) => Answer(edit.SaveFirearmTypeAsync(null, input, ct))).WithName("AddFirearmType");
        group.MapPut("/firearm-types/{id:int}", (int id, FirearmTypeInput input, EditReference edit, CancellationToken ct) => Answer(edit.SaveFirearmTypeAsync(id, input, ct))).WithName("UpdateFirearmType");
        group.MapPut("/municipalities/{id:int}", (int id, MunicipalityInput input, EditReference edit, CancellationToken ct) => Answer(edit.SaveMunicipalityAsync(id, input, ct))).WithName("UpdateMunicipality");
        group.MapPost("/crossing-points", (CrossingPointInput input, EditReference edit, CancellationToken ct) => Answer(edit.SaveCrossingPointAsync(null, input, ct))).WithName("AddCrossingPoint");
        group.MapPut("/crossing-points/{id:int}", (int id, CrossingPointInput input, EditReference edit, CancellationToken ct) => Answer(edit.SaveCrossingPointAsync(id, input, ct))).WithName("UpdateCrossingPoint");
        group.MapPut("/countries/{code}", (string code, CountryInput input, EditReference edit, CancellationToken ct) => Answer(edit.SaveCountryAsync(code, input, ct))).WithName("UpdateCountry");
    }

    private static async Task<Results<Ok<SavedReference>, ValidationProblem, NotFound, Conflict>> Answer(Task<CommandResult<int>> work)
    {
        var result = await work;
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (result.Conflict)
        {
            return TypedResults.Conflict();
        }

        return result.Succeeded ? TypedResults.Ok(new SavedReference(result.Value)) : TypedResults.ValidationProblem(result.Errors!.ToDictionary());
    }

    internal sealed record SavedReference(int Id);
}
