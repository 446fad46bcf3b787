using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FocalPoint.Web.Localisation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;

namespace FocalPoint.Web.Components.Shared;

/// <summary>
/// A date (or date and time) typed as dd.MM.yyyy [HH:mm] whatever the browser's own language: Chromium draws its
/// native date inputs in the browser's locale (US month-first for an English browser), not the page's. ISO
/// (yyyy-MM-dd, yyyy-MM-ddTHH:mm) is accepted too, so a pasted value or a script filling the field works.
/// Binds DateOnly, DateTime and their nullable forms.
/// </summary>
public sealed class DateField<TValue> : InputBase<TValue>
{
    private static readonly string[] DateFormats = [Cultures.DatePattern, "d.M.yyyy", "yyyy-MM-dd", "d/M/yyyy"];

    private static readonly string[] DateTimeFormats =
        [.. DateFormats.SelectMany(d => new[] { d + " HH:mm", d + " H:mm", d + "'T'HH:mm", d + "'T'HH:mm:ss", d + " HH:mm:ss" }), .. DateFormats];

    private static readonly Type Underlying = Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue);

    private bool WithTime => Underlying == typeof(DateTime);

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "input");
        builder.AddMultipleAttributes(1, AdditionalAttributes);
        builder.AddAttribute(2, "type", "text");
        builder.AddAttribute(3, "inputmode", "numeric");
        builder.AddAttribute(4, "autocomplete", "off");
        builder.AddAttribute(5, "placeholder", WithTime ? "dd.mm.yyyy hh:mm" : "dd.mm.yyyy");
        builder.AddAttribute(6, "class", CssClass);
        builder.AddAttribute(7, "value", CurrentValueAsString);
        builder.AddAttribute(8, "onchange", EventCallback.Factory.CreateBinder<string?>(this, v => CurrentValueAsString = v, CurrentValueAsString));
        builder.SetUpdatesAttributeName("value");
        builder.CloseElement();
    }

    protected override string? FormatValueAsString(TValue? value) => value switch
    {
        DateOnly d => d.ToString(Cultures.DatePattern, CultureInfo.InvariantCulture),
        DateTime t => t.ToString(Cultures.DatePattern + " HH:mm", CultureInfo.InvariantCulture),
        _ => null,
    };

    protected override bool TryParseValueFromString(string? value, [MaybeNullWhen(false)] out TValue result, [NotNullWhen(false)] out string? validationErrorMessage)
    {
        validationErrorMessage = null;
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            // Empty is "no date" for a nullable field; a required one says so when saved.
            return Nullable.GetUnderlyingType(typeof(TValue)) is not null || Fail(out validationErrorMessage);
        }

        var text = value.Trim();
        if (WithTime && DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var at))
        {
            result = (TValue)(object)at;
            return true;
        }

        if (!WithTime && DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            result = (TValue)(object)day;
            return true;
        }

        return Fail(out validationErrorMessage);
    }

    private bool Fail(out string message)
    {
        message = WithTime ? "dd.mm.yyyy hh:mm" : "dd.mm.yyyy";
        return false;
    }
}
