using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Domain.Incidents;
using F = FocalPoint.Application.Import.Mapping.ImportField;

namespace FocalPoint.Application.Import.Normalising;

/// <summary>Turns one source row into registry values through the mapping and the reference data; each problem becomes a <see cref="RowError"/>.</summary>
public sealed partial class RowNormaliser(ColumnMap map, ReferenceMatcher reference, bool acceptCloseMatches = false, DateOrder dateOrder = DateOrder.DayFirst)
{
    private static readonly F[] Identifiers = [F.Key, F.Serial, F.PersonalNumber];

    /// <summary>The normaliser an import's mapping asks for: its close-match choice, and dates in the chosen or detected order.</summary>
    public static RowNormaliser For(ColumnMap map, ReferenceMatcher reference, ImportMapping mapping, Domain.Import.DateOrderEvidence evidence) =>
        new(map, reference, mapping.AcceptCloseMatches, DateOrderFinding.Effective(mapping.DateOrder, evidence));

    public ParsedRow Parse(SourceRow source)
    {
        var row = new ParsedRow { RowNumber = source.RowNumber };
        var values = source.Values;
        if (source.ShortBy > 0)
        {
            row.Errors.Add(RowError.Of(source.RowNumber, "(row)", null, RowMessages.Truncated, RowMessages.TruncatedFix,
                source.ShortBy.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        row.Key = map.Get(values, F.Key);
        if (row.Key is { Length: > Domain.Import.ImportRecord.MaxKeyLength })
        {
            Error(row, F.Key, row.Key, RowMessages.KeyTooLong, null, Domain.Import.ImportRecord.MaxKeyLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var identifier in Identifiers)
        {
            if (map.Get(values, identifier) is { } text && text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                // An identifier garbled by the wrong encoding would never match the same serial or number again.
                Error(row, identifier, text, RowMessages.Garbled, RowMessages.GarbledFix);
            }
        }

        ParseWhen(row, values);
        ParseWhere(row, values);
        row.Kind = Required(row, values, F.Kind, IncidentKind.Seizure);
        row.ReportingAgency = Enum(row, values, F.ReportingAgency, ReportingAgency.Other);
        row.LegalContext = Enum(row, values, F.LegalContext, LegalContext.CriminalOffence);
        row.Tlp = Enum(row, values, F.Tlp, Tlp.Green);
        row.HandlingCode = Required(row, values, F.HandlingCode, HandlingCode.H0);
        row.SourceReliability = Enum(row, values, F.SourceReliability, SourceReliability.X);
        row.InformationAccuracy = Enum(row, values, F.InformationAccuracy, InformationAccuracy.CannotBeJudged);
        row.Narrative = map.Get(values, F.Narrative);
        ParseItems(row, values);
        ParsePerson(row, values);
        return row;
    }

    private void ParseWhen(ParsedRow row, IReadOnlyList<string?> values)
    {
        var text = map.Get(values, F.OccurredAt);
        if (text is null)
        {
            Error(row, F.OccurredAt, null, RowMessages.Required, RowMessages.WhenRequiredFix);
            return;
        }

        if (ValueParsers.TryInstant(text, out var instant))
        {
            // An offset names the instant itself: no time zone guess, and the Time column has nothing to add.
            row.OccurredAtUtc = instant.UtcDateTime;
            row.OccurredAtLocal = Registry.Incidents.KosovoTime.ToLocal(instant.UtcDateTime);
            return;
        }

        if (!ValueParsers.TryDate(text, dateOrder, out var when))
        {
            Error(row, F.OccurredAt, text, RowMessages.NotADate, dateOrder == DateOrder.MonthFirst ? RowMessages.WhenMonthFirstFix : RowMessages.WhenFix);
            return;
        }

        if (map.Get(values, F.Time) is { } timeText)
        {
            if (ValueParsers.TryTime(timeText, out var time))
            {
                when = when.Date + time;
            }
            else
            {
                Error(row, F.Time, timeText, RowMessages.NotATime, RowMessages.TimeFix);
            }
        }

        row.OccurredAtLocal = when;
    }

    private void ParseWhere(ParsedRow row, IReadOnlyList<string?> values)
    {
        if (Country(row, values, F.PlaceCountry) is { } country && country != Registry.Incidents.PlaceRules.Kosovo)
        {
            // Abroad: the place is kept as the source wrote it; no Kosovo municipality is looked for, not even a close one.
            row.PlaceCountryCode = country;
            row.PlaceName = map.Get(values, F.Municipality);
            row.PlaceRegion = map.Get(values, F.PlaceRegion);
            if (row.PlaceName is null)
            {
                Error(row, F.Municipality, null, RowMessages.Required, RowMessages.PlaceAbroadFix);
            }
        }
        else if (map.Get(values, F.Municipality) is { } municipality)
        {
            var (match, suggestion) = reference.Municipalities.Find(municipality);
            if (match is null)
            {
                Unknown(row, F.Municipality, municipality, RowMessages.UnknownMunicipality, suggestion, RowMessages.MunicipalityFix);
            }
            else if (!Close(row, F.Municipality, municipality, reference.Municipalities.IsExact(municipality), reference.Municipalities.Display(match)))
            {
                match = null;
            }

            row.MunicipalityId = match?.Id;
        }
        else
        {
            Error(row, F.Municipality, null, RowMessages.Required, RowMessages.MunicipalityRequiredFix);
        }

        if (map.Get(values, F.CrossingPoint) is { } crossing)
        {
            var (match, suggestion) = reference.CrossingPoints.Find(crossing);
            if (match is null)
            {
                Unknown(row, F.CrossingPoint, crossing, RowMessages.UnknownCrossingPoint, suggestion, null);
            }
            else if (!Close(row, F.CrossingPoint, crossing, reference.CrossingPoints.IsExact(crossing), reference.CrossingPoints.Display(match)))
            {
                match = null;
            }

            row.CrossingPointId = match?.Id;
        }

        row.Latitude = Number(row, values, F.Latitude);
        row.Longitude = Number(row, values, F.Longitude);
        row.Address = map.Get(values, F.Address);
    }

    /// <summary>
    /// A place found by a close spelling only: "Salina" is not Klinë, and a partner's foreign place must not land in a
    /// Kosovo municipality unseen. Accepted only when the import allows close matches, and then listed; otherwise a row error.
    /// </summary>
    private bool Close(ParsedRow row, F field, string spelling, bool exact, string matchedTo)
    {
        if (exact)
        {
            return true;
        }

        if (acceptCloseMatches)
        {
            row.CloseMatches.Add(new CloseMatch(map.ColumnOf(field), spelling, matchedTo));
            return true;
        }

        Error(row, field, spelling, RowMessages.OnlyCloseTo, RowMessages.CloseMatchFix, matchedTo);
        return false;
    }
}
