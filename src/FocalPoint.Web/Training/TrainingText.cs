using System.Globalization;

namespace FocalPoint.Web.Training;

/// <summary>Dates of a course as the page's culture writes them.</summary>
internal static class TrainingText
{
    public static string Dates(DateOnly starts, DateOnly ends) =>
        starts == ends ? starts.ToString("d", CultureInfo.CurrentCulture) : $"{starts.ToString("d", CultureInfo.CurrentCulture)} – {ends.ToString("d", CultureInfo.CurrentCulture)}";
}
