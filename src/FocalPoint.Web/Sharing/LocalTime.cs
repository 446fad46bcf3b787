using System.Globalization;
using FocalPoint.Application.Registry.Incidents;

namespace FocalPoint.Web.Sharing;

/// <summary>Ledger and key dates as the desk reads them: Kosovo time, in the page's culture, a dash when absent.</summary>
internal static class LocalTime
{
    public static string Show(DateTime? utc, string format = "g") =>
        utc is { } t ? KosovoTime.ToLocal(t).ToString(format, CultureInfo.CurrentCulture) : "—";
}
