using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace FocalPoint.Web.Components.Shared;

/// <summary>
/// A list's or report's state in the address (issue 10): pages read it from [SupplyParameterFromQuery] properties and
/// change it by navigating, so that Back restores a view and a view can be bookmarked. Only ids, codes, dates and
/// numbers go into an address, never names or personal numbers.
/// </summary>
internal static class AddressState
{
    /// <summary>
    /// Navigates to the current page with <paramref name="query"/> (null values left out): a history entry that the
    /// page's query parameters then load. When nothing changes the page reloads in place instead.
    /// </summary>
    public static Task ShowAsync(NavigationManager navigation, IReadOnlyDictionary<string, object?> query, Func<Task> reload)
    {
        var current = navigation.ToAbsoluteUri(navigation.Uri);
        var target = navigation.ToAbsoluteUri(navigation.GetUriWithQueryParameters(current.GetLeftPart(UriPartial.Path), query));
        if (string.Equals(target.PathAndQuery, current.PathAndQuery, StringComparison.Ordinal))
        {
            return reload();
        }

        navigation.NavigateTo(target.ToString());
        return Task.CompletedTask;
    }

    public static T? Enum<T>(string? value)
        where T : struct, Enum =>
        System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) ? parsed : null;

    public static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A page number from the address: 1 when missing or unreadable.</summary>
    public static int Page(string? value) => Number(value) is > 0 and var page ? page : 1;
}
