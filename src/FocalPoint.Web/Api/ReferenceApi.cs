using FocalPoint.Application.Registry.Reference;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Api;

/// <summary>Reference data as flat rows: the accepted values for the registry's coded fields.</summary>
internal static class ReferenceApi
{
    public sealed record NamedRow(int Id, string Code, string NameEn, string NameSq, string NameSr);

    public sealed record MunicipalityRow(int Id, string Code, string NameEn, string NameSq, string NameSr, int DirectorateId, double Latitude, double Longitude, int Population);

    public sealed record CalibreRow(int Id, string Name, IReadOnlyList<string> Aliases);

    public sealed record CountryRow(string Code, string Alpha3, string NameEn, string NameSq, string NameSr);

    public sealed record MakeRow(int Id, string Name, string? Country);

    public sealed record CrossingPointRow(int Id, string Code, string Name, string Kind, string? NeighbourCountry, int MunicipalityId);

    public static void MapReferenceApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reference").WithTags("Reference data");
        group.MapGet("/directorates", async (ReferenceCache cache) => TypedResults.Ok((await cache.GetAsync()).Directorates
            .Select(d => new NamedRow(d.Id, d.Code, d.NameEn, d.NameSq, d.NameSr)))).WithName("ListDirectorates");
        group.MapGet("/municipalities", async (ReferenceCache cache) => TypedResults.Ok((await cache.GetAsync()).Municipalities
            .Select(m => new MunicipalityRow(m.Id, m.Code, m.NameEn, m.NameSq, m.NameSr, m.DirectorateId, m.Latitude, m.Longitude, m.Population))))
            .WithName("ListMunicipalities");
        group.MapGet("/crossing-points", async (ReferenceCache cache) => TypedResults.Ok((await cache.GetAsync()).CrossingPoints
            .Select(c => new CrossingPointRow(c.Id, c.Code, c.Name, c.Kind.ToString(), c.NeighbourCountry, c.MunicipalityId)))).WithName("ListCrossingPoints");
        group.MapGet("/countries", async (ReferenceCache cache) => TypedResults.Ok((await cache.GetAsync()).Countries
            .Select(c => new CountryRow(c.Code, c.Alpha3, c.NameEn, c.NameSq, c.NameSr)))).WithName("ListCountries");
        group.MapGet("/calibres", async (ReferenceCache cache) => TypedResults.Ok((await cache.GetAsync()).Calibres
            .Select(c => new CalibreRow(c.Id, c.Name, c.Aliases.Select(a => a.Alias).ToList())))).WithName("ListCalibres");
        group.MapGet("/firearm-types", async (ReferenceCache cache) => TypedResults.Ok((await cache.GetAsync()).FirearmTypes
            .Select(t => new NamedRow(t.Id, t.Code, t.NameEn, t.NameSq, t.NameSr)))).WithName("ListFirearmTypes");
        group.MapGet("/makes", async (ReferenceCache cache) => TypedResults.Ok((await cache.GetAsync()).Makes
            .Select(m => new MakeRow(m.Id, m.Name, m.Country)))).WithName("ListMakes");
    }
}
