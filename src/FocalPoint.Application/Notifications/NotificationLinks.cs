using System.Globalization;
using FocalPoint.Domain.Notifications;

namespace FocalPoint.Application.Notifications;

/// <summary>The page each notification opens; that page applies need-to-know again (a record since put out of reach is a 404).</summary>
public static class NotificationLinks
{
    public static string For(NotificationTarget target, long id) => target switch
    {
        NotificationTarget.Case => Path("/cases/", id),
        NotificationTarget.Incident => Path("/incidents/", id),
        NotificationTarget.Firearm => Path("/firearms/", id),
        NotificationTarget.Trace => Path("/traces/", id),
        _ => "/ballistics",
    };

    private static string Path(string prefix, long id) => prefix + id.ToString(CultureInfo.InvariantCulture);
}
