using System.Globalization;
using FocalPoint.Domain.Resolution;

namespace FocalPoint.Web.Entities;

/// <summary>Where a source record lives in the registry's pages.</summary>
internal static class RecordLinks
{
    public static string Page(ResolvedKind kind, long recordId) =>
        (kind == ResolvedKind.Person ? "/persons/" : "/firearms/") + recordId.ToString(CultureInfo.InvariantCulture);
}
