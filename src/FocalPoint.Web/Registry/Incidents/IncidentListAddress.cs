using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Domain.Incidents;
using FocalPoint.Web.Components.Shared;

namespace FocalPoint.Web.Registry.Incidents;

/// <summary>
/// The incident list's filter, sort and page in the address, so that Back restores them and a view can be bookmarked.
/// The names are the <see cref="IncidentFilter"/> properties in camelCase, as the API reads them; the indicators
/// dashboard links here with the same names. Values the list cannot read are left out rather than refused: an old
/// bookmark still opens.
/// </summary>
internal static class IncidentListAddress
{
    public static Dictionary<string, object?> ToQuery(IncidentFilter filter) => new()
    {
        ["from"] = AddressState.Date(filter.From),
        ["to"] = AddressState.Date(filter.To),
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
        From = AddressState.Date(query("from")),
        To = AddressState.Date(query("to")),
        Kind = AddressState.Enum<IncidentKind>(query("kind")),
        DirectorateId = AddressState.Number(query("directorateId")),
        MunicipalityId = AddressState.Number(query("municipalityId")),
        FirearmTypeId = AddressState.Number(query("firearmTypeId")),
        Text = query("text") is { Length: > 0 and <= IncidentFilter.MaxTextLength } text ? text : null,
        Sort = AddressState.Enum<IncidentSort>(query("sort")) ?? IncidentSort.Newest,
        Page = AddressState.Page(query("page")),
        PageSize = AddressState.Number(query("pageSize")) is >= 1 and <= IncidentFilter.MaxPageSize and var size ? size : 25,
    };
}
