using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Web.Localisation;

namespace FocalPoint.Web.Registry.Incidents;

/// <summary>Where an incident happened, in the reader's language: its municipality, or its place abroad as written with the country's name.</summary>
internal static class PlaceNames
{
    public static string? PlaceOf(this ReferenceSnapshot reference, int? municipalityId, PlaceAbroad? abroad, string abroadLabel)
    {
        if (municipalityId is { } id)
        {
            return reference.MunicipalityById.GetValueOrDefault(id)?.Name();
        }

        if (abroad is null)
        {
            return abroadLabel;
        }

        var country = reference.CountryByCode.GetValueOrDefault(abroad.CountryCode)?.Name() ?? abroad.CountryCode;
        return string.IsNullOrWhiteSpace(abroad.Region) ? $"{abroad.Name} · {country}" : $"{abroad.Name}, {abroad.Region} · {country}";
    }
}
