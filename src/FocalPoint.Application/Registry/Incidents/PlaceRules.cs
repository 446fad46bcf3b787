using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>
/// Where an incident happened: a Kosovo municipality, or a place abroad kept as its source wrote it (country, region,
/// place). Exactly one of the two (issue 19 item 3); the form, the API and the import all pass through here.
/// </summary>
public static class PlaceRules
{
    /// <summary>Kosovo's code in the country list (user-assigned ISO code).</summary>
    public const string Kosovo = "XK";

    internal static void CheckAbroad(IncidentInput input, ReferenceSnapshot reference, ValidationErrors errors)
    {
        var code = input.PlaceCountryCode!.Trim();
        if (input.MunicipalityId is not null)
        {
            errors.Add(nameof(input.MunicipalityId), Messages.PlaceEitherOr);
        }

        if (string.Equals(code, Kosovo, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(nameof(input.PlaceCountryCode), Messages.PlaceAbroadNotKosovo);
        }
        else if (!reference.CountryByCode.ContainsKey(code))
        {
            errors.Add(nameof(input.PlaceCountryCode), Messages.UnknownCountry, string.Join(", ", reference.Countries.Select(c => c.Code).Order(StringComparer.Ordinal)));
        }

        TextRules.Check(errors, nameof(input.PlaceName), input.PlaceName, Incident.MaxPlaceLength, required: true);
        TextRules.Check(errors, nameof(input.PlaceRegion), input.PlaceRegion, Incident.MaxPlaceLength);
    }

    internal static void Apply(IncidentInput input, Incident incident, ReferenceSnapshot reference)
    {
        if (!string.IsNullOrWhiteSpace(input.PlaceCountryCode))
        {
            incident.MunicipalityId = null;
            incident.DirectorateId = null;
            incident.PlaceCountryCode = reference.CountryByCode[input.PlaceCountryCode.Trim()].Code;
            incident.PlaceRegion = Clean(input.PlaceRegion);
            incident.PlaceName = Clean(input.PlaceName);
            return;
        }

        var municipality = reference.MunicipalityById[input.MunicipalityId!.Value];
        incident.MunicipalityId = municipality.Id;
        incident.DirectorateId = municipality.DirectorateId;
        incident.PlaceCountryCode = null;
        incident.PlaceRegion = null;
        incident.PlaceName = null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
