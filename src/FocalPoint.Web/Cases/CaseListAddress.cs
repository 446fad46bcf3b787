using FocalPoint.Application.Cases;
using FocalPoint.Domain.Cases;
using FocalPoint.Web.Components.Shared;

namespace FocalPoint.Web.Cases;

/// <summary>
/// The case list's filter, sort and page in the address (names are the <see cref="CaseFilter"/> properties in
/// camelCase, as the API reads them). Values the list cannot read are left out, so an old bookmark still opens.
/// </summary>
internal static class CaseListAddress
{
    public static Dictionary<string, object?> ToQuery(CaseFilter filter) => new()
    {
        ["status"] = filter.Status?.ToString(),
        ["priority"] = filter.Priority?.ToString(),
        ["mine"] = filter.Mine ? "true" : null,
        ["text"] = string.IsNullOrWhiteSpace(filter.Text) ? null : filter.Text.Trim(),
        ["sort"] = filter.Sort == CaseSort.RecentlyChanged ? null : filter.Sort.ToString(),
        ["page"] = filter.Page == 1 ? null : filter.Page,
        ["pageSize"] = filter.PageSize == 25 ? null : filter.PageSize,
    };

    public static CaseFilter Parse(Func<string, string?> query) => new()
    {
        Status = AddressState.Enum<CaseStatus>(query("status")),
        Priority = AddressState.Enum<CasePriority>(query("priority")),
        Mine = string.Equals(query("mine"), "true", StringComparison.OrdinalIgnoreCase),
        Text = query("text") is { Length: > 0 and <= CaseFilter.MaxTextLength } text ? text : null,
        Sort = AddressState.Enum<CaseSort>(query("sort")) ?? CaseSort.RecentlyChanged,
        Page = AddressState.Page(query("page")),
        PageSize = AddressState.Number(query("pageSize")) is >= 1 and <= CaseFilter.MaxPageSize and var size ? size : 25,
    };
}
