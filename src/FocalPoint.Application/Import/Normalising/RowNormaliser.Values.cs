using FocalPoint.Application.Common;
using F = FocalPoint.Application.Import.Mapping.ImportField;

namespace FocalPoint.Application.Import.Normalising;

/// <summary>Cells read as enums, flags and numbers; each bad value becomes a row error naming the column.</summary>
public sealed partial class RowNormaliser
{
    /// <summary>A meaning with no safe default (kind, handling code): an empty cell is an error, never the first value.</summary>
    private T Required<T>(ParsedRow row, IReadOnlyList<string?> values, F field, T placeholder)
        where T : struct, Enum
    {
        if (map.Get(values, field) is null)
        {
            Error(row, field, null, RowMessages.RequiredNeverAssumed, RowMessages.UseOneOf, EnumNames.Accepted<T>());
            return placeholder;
        }

        return Enum(row, values, field, placeholder);
    }

    private T Enum<T>(ParsedRow row, IReadOnlyList<string?> values, F field, T fallback)
        where T : struct, Enum
    {
        var text = map.Get(values, field);
        if (text is null)
        {
            return fallback;
        }

        if (EnumNames.TryParse<T>(text, out var value))
        {
            return value;
        }

        Error(row, field, text, RowMessages.UnknownValue, RowMessages.UseOneOf, EnumNames.Accepted<T>());
        return fallback;
    }

    private bool Flag(ParsedRow row, IReadOnlyList<string?> values, F field)
    {
        if (map.Get(values, field) is not { } text)
        {
            return false;
        }

        if (ValueParsers.TryFlag(text, out var flag))
        {
            return flag;
        }

        Error(row, field, text, RowMessages.NotYesNo, RowMessages.YesNoFix);
        return false;
    }

    private double? Number(ParsedRow row, IReadOnlyList<string?> values, F field)
    {
        if (map.Get(values, field) is not { } text)
        {
            return null;
        }

        if (ValueParsers.TryNumber(text, out var number))
        {
            return number;
        }

        Error(row, field, text, RowMessages.NotANumber, RowMessages.NumberFix);
        return null;
    }

    private int? Integer(ParsedRow row, IReadOnlyList<string?> values, F field)
    {
        if (map.Get(values, field) is not { } text)
        {
            return null;
        }

        if (ValueParsers.TryInteger(text, out var number))
        {
            return number;
        }

        Error(row, field, text, RowMessages.NotAWholeNumber);
        return null;
    }

    private void Error(ParsedRow row, F field, string? value, MessageTemplate problem, MessageTemplate? fix = null, params string[] arguments) =>
        row.Errors.Add(RowError.Of(row.RowNumber, map.ColumnOf(field), value, problem, fix, arguments));

    /// <summary>"Did you mean X?" when the reference list has a near name, otherwise the general advice.</summary>
    private void Unknown(ParsedRow row, F field, string value, MessageTemplate problem, string? suggestion, MessageTemplate? advice, params string[] adviceArguments)
    {
        if (suggestion is not null)
        {
            Error(row, field, value, problem, RowMessages.DidYouMean, suggestion);
        }
        else
        {
            Error(row, field, value, problem, advice, adviceArguments);
        }
    }
}
