using FocalPoint.Application.Common;

namespace FocalPoint.Application.Import.Normalising;

/// <summary>
/// What is wrong with a cell of an import row, and what would fix it, as translatable messages (resource keys
/// "Msg_{Code}"): the pages show them in the reader's language, the CLI and the error report in English (issue 10 item 9).
/// </summary>
public static class RowMessages
{
    public static readonly MessageTemplate Required = new("RowRequired", "Required.");
    public static readonly MessageTemplate RequiredNeverAssumed = new("RowRequiredNeverAssumed", "Required: it is never assumed.");
    public static readonly MessageTemplate UnknownValue = new("RowUnknownValue", "Unknown value.");
    public static readonly MessageTemplate UseOneOf = new("RowUseOneOf", "Use one of: {0}.");
    public static readonly MessageTemplate DidYouMean = new("RowDidYouMean", "Did you mean {0}?");
    public static readonly MessageTemplate NotYesNo = new("RowNotYesNo", "Not yes or no.");
    public static readonly MessageTemplate YesNoFix = new("RowYesNoFix", "Write yes/no, po/jo, da/ne, true/false or 1/0.");
    public static readonly MessageTemplate NotANumber = new("RowNotANumber", "Not a number.");
    public static readonly MessageTemplate NumberFix = new("RowNumberFix", "Use digits with a decimal point or comma, e.g. 42,6629.");
    public static readonly MessageTemplate NotAWholeNumber = new("RowNotAWholeNumber", "Not a whole number.");
    public static readonly MessageTemplate FirearmTypeRequired = new("RowFirearmTypeRequired", "Required for a firearm.");
    public static readonly MessageTemplate FirearmTypeFix = new("RowFirearmTypeFix", "Give the type, e.g. Pistol / Pistoletë / Pištolj.");
    public static readonly MessageTemplate UnknownFirearmType = new("RowUnknownFirearmType", "Unknown firearm type.");
    public static readonly MessageTemplate UnknownMake = new("RowUnknownMake", "Unknown make.");
    public static readonly MessageTemplate MakeFix = new("RowMakeFix", "Leave empty if the make is not in the reference list.");
    public static readonly MessageTemplate NotADate = new("RowNotADate", "Not a date.");
    public static readonly MessageTemplate BirthDateFix = new("RowBirthDateFix", "Write it as dd.MM.yyyy or yyyy-MM-dd.");
    public static readonly MessageTemplate WhenFix = new("RowWhenFix", "Write it as dd.MM.yyyy, d/M/yy or yyyy-MM-dd, with HH:mm if known.");
    public static readonly MessageTemplate WhenMonthFirstFix = new("RowWhenMonthFirstFix", "This import reads dates month first (M/d/yy); write it so, or as yyyy-MM-dd, with HH:mm if known.");
    public static readonly MessageTemplate WhenRequiredFix = new("RowWhenRequiredFix", "Give the date as dd.MM.yyyy or yyyy-MM-dd.");
    public static readonly MessageTemplate NotATime = new("RowNotATime", "Not a time.");
    public static readonly MessageTemplate TimeFix = new("RowTimeFix", "Write it as HH:mm.");
    public static readonly MessageTemplate UnknownCalibre = new("RowUnknownCalibre", "Unknown calibre.");
    public static readonly MessageTemplate CalibreFix = new("RowCalibreFix", "Use a calibre from the reference list, e.g. 7.62x39mm.");
    public static readonly MessageTemplate UnknownCountry = new("RowUnknownCountry", "Unknown country.");
    public static readonly MessageTemplate CountryFix = new("RowCountryFix", "Use an ISO 3166 code (RS, AL) or the name.");
    public static readonly MessageTemplate UnknownMunicipality = new("RowUnknownMunicipality", "Unknown municipality.");
    public static readonly MessageTemplate MunicipalityFix = new("RowMunicipalityFix", "Use the Albanian or Serbian name.");
    public static readonly MessageTemplate MunicipalityRequiredFix = new("RowMunicipalityRequiredFix", "Give the municipality's Albanian or Serbian name.");
    public static readonly MessageTemplate PlaceAbroadFix = new("RowPlaceAbroadFix", "Give the place as written in the source.");
    public static readonly MessageTemplate UnknownCrossingPoint = new("RowUnknownCrossingPoint", "Unknown crossing point.");
    public static readonly MessageTemplate OnlyCloseTo = new("RowOnlyCloseTo", "Not an exact name: only close to {0}.");
    public static readonly MessageTemplate CloseMatchFix = new("RowCloseMatchFix", "Correct the value, or accept close matches for this import if it means that place.");
    public static readonly MessageTemplate Truncated = new("RowTruncated", "The row has {0} field(s) fewer than the header: truncated or broken line.");
    public static readonly MessageTemplate TruncatedFix = new("RowTruncatedFix", "Check the line in the file; re-export it whole.");
    public static readonly MessageTemplate KeyTooLong = new("RowKeyTooLong", "At most {0} characters.");
    public static readonly MessageTemplate Garbled = new("RowGarbled", "Contains characters the file's encoding could not read (\uFFFD).");
    public static readonly MessageTemplate GarbledFix = new("RowGarbledFix", "Choose the file's real encoding (e.g. windows-1250) and stage it again.");
    public static readonly MessageTemplate BornFrom1900 = new("RowBornFrom1900", "Must be in 1900 or later.");
}
