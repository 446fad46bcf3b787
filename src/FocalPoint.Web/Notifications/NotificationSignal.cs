namespace FocalPoint.Web.Notifications;

/// <summary>
/// Per circuit: the inbox page raises it after marking notifications read so that the top bar's count follows at
/// once; the count also reloads on every navigation (notifications from colleagues arrive at the next page).
/// </summary>
internal sealed class NotificationSignal
{
    public event Action? Changed;

    public void Raise() => Changed?.Invoke();
}
