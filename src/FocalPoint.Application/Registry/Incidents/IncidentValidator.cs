using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>Checks an <see cref="IncidentInput"/> against the rules and the reference data; names accepted values when refusing.</summary>
public sealed class IncidentValidator(TimeProvider time)
{
    public ValidationErrors Validate(IncidentInput input, ReferenceSnapshot reference)
    {
        var errors = new ValidationErrors();
        CheckWhen(input, errors);
        CheckWhere(input, reference, errors);
        TextRules.Check(errors, nameof(input.Narrative), input.Narrative, Incident.MaxNarrativeLength, required: true, multiline: true);
        TextRules.Check(errors, nameof(input.Address), input.Address, Incident.MaxAddressLength);
        CheckEnum(errors, nameof(input.Kind), input.Kind);
        CheckEnum(errors, nameof(input.ReportingAgency), input.ReportingAgency);
        CheckEnum(errors, nameof(input.LegalContext), input.LegalContext);
        CheckEnum(errors, nameof(input.SourceReliability), input.SourceReliability);
        CheckEnum(errors, nameof(input.InformationAccuracy), input.InformationAccuracy);
        CheckEnum(errors, nameof(input.HandlingCode), input.HandlingCode);
        CheckEnum(errors, nameof(input.Tlp), input.Tlp);
        new ItemValidator(reference, time).Check(input, errors);
        PartyValidator.Check(input, DateOnly.FromDateTime(KosovoTime.ToLocal(time.GetUtcNow().UtcDateTime)), errors);
        return errors;
    }

    private void CheckWhen(IncidentInput input, ValidationErrors errors)
    {
        if (input.OccurredAtLocal is not { } local)
        {
            errors.Add(nameof(input.OccurredAtLocal), Messages.Required);
            return;
        }

        if (KosovoTime.IsSkipped(local))
        {
            errors.Add(nameof(input.OccurredAtLocal), Messages.TimeSkipped);
            return;
        }

        var utc = KosovoTime.ToUtc(local);
        if (utc > time.GetUtcNow().UtcDateTime.AddMinutes(5))
        {
            errors.Add(nameof(input.OccurredAtLocal), Messages.NotInFuture);
        }
        else if (local.Year < 1990)
        {
            errors.Add(nameof(input.OccurredAtLocal), Messages.From1990);
        }
    }

    private static void CheckWhere(IncidentInput input, ReferenceSnapshot reference, ValidationErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(input.PlaceCountryCode))
        {
            PlaceRules.CheckAbroad(input, reference, errors);
        }
        else if (input.MunicipalityId is not { } municipalityId)
        {
            errors.Add(nameof(input.MunicipalityId), Messages.Required);
        }
        else if (!reference.MunicipalityById.ContainsKey(municipalityId))
        {
            errors.Add(nameof(input.MunicipalityId), Messages.UnknownMunicipality, municipalityId,
                string.Join(", ", reference.Municipalities.OrderBy(m => m.Id).Select(m => $"{m.Id} {m.NameSq}")));
        }

        if (input.CrossingPointId is { } crossing && !reference.CrossingPointById.ContainsKey(crossing))
        {
            errors.Add(nameof(input.CrossingPointId), Messages.UnknownCrossingPoint, crossing,
                string.Join(", ", reference.CrossingPoints.OrderBy(c => c.Id).Select(c => $"{c.Id} {c.Name}")));
        }

        if (input.Latitude.HasValue != input.Longitude.HasValue)
        {
            errors.Add(nameof(input.Latitude), Messages.BothCoordinates);
        }

        if (input.Latitude is < -90 or > 90 || input.Latitude is double.NaN)
        {
            errors.Add(nameof(input.Latitude), Messages.Between, -90, 90);
        }

        if (input.Longitude is < -180 or > 180 || input.Longitude is double.NaN)
        {
            errors.Add(nameof(input.Longitude), Messages.Between, -180, 180);
        }
    }

    internal static void CheckEnum<T>(ValidationErrors errors, string field, T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(field, Messages.UnknownValue, string.Join(", ", Enum.GetNames<T>()));
        }
    }
}
