using System.Globalization;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Web.Registry.Incidents;

/// <summary>
/// The incident list's filter, sort and page in the address, so that Back restores them and a view can be bookmarked.
/// The names are the <see cref="IncidentFilter"/> properties in camelCase, as the API reads them; the indicators
/// dashboard links here with the same names. Values the list cannot read are left out rather than refused: an old
/// bookmark still opens.
/// </summary>
internal static class IncidentListAddress
{
    public const string Path = "/incidents";

    public static Dictionary<string, object?> ToQuery(IncidentFilter filter) => new()
    {
        ["from"] = filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["kind"] = filter.Kind?.ToString(),
        ["directorateId"] = filter.DirectorateId,
        ["municipalityId"] = filter.MunicipalityId,
        ["firearmTypeId"] = filter.FirearmTypeId,
        ["text"] = string.IsNullOrWhiteSpace(filter.Text) ? null : filter.Text.Trim(),
        ["sort"] = filter.Sort == IncidentSort.Newest ? null : filter.Sort.ToString(),
        ["page"] = filter.Page == 1 ? null : filter.Page,
        ["pageSize"] = filter.PageSize == 25 ? null : filter.PageSize,
    };

    public static IncidentFilter Parse(Func<string, string?> query) => new()
    {
        From = Date(query("from")),
        To = Date(query("to")),
        Kind = Enum.TryParse<IncidentKind>(query("kind"), ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null,
        DirectorateId = Number(query("directorateId")),
        MunicipalityId = Number(query("municipalityId")),
        FirearmTypeId = Number(query("firearmTypeId")),
        Text = query("text") is { Length: > 0 and <= IncidentFilter.MaxTextLength } text ? text : null,
        Sort = Enum.TryParse<IncidentSort>(query("sort"), ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : IncidentSort.Newest,
        Page = Number(query("page")) is > 0 and var page ? page : 1,
        PageSize = Number(query("pageSize")) is >= 1 and <= IncidentFilter.MaxPageSize and var size ? size : 25,
    };

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
