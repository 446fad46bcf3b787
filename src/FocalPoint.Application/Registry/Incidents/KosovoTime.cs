namespace FocalPoint.Application.Registry.Incidents;

/// <summary>Kosovo's civil time (Central European, as Europe/Belgrade) for turning local times into UTC and back.</summary>
public static class KosovoTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>True for a wall-clock time that the spring change to summer time skips.</summary>
    public static bool IsSkipped(DateTime local) => Zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
