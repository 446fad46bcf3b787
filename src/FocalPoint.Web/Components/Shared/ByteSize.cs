using System.Globalization;

namespace FocalPoint.Web.Components.Shared;

/// <summary>A size limit as people read it ("2 GB", "500 MB"), not "2,147,483,648": the units are the same in our three languages.</summary>
public static class ByteSize
{
    public static string Format(long bytes, CultureInfo culture)
    {
        string[] units = ["bytes", "KB", "MB", "GB", "TB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? $"{bytes.ToString("N0", culture)} {units[0]}" : $"{value.ToString(value < 10 && value % 1 != 0 ? "0.#" : "0", culture)} {units[unit]}";
    }
}
