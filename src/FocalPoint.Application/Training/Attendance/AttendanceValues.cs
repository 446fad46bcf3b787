using System.Globalization;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Training.Attendance;

/// <summary>The cell values an attendance sheet may hold for sex, age band and certification, in the three languages.</summary>
public static class AttendanceValues
{
    public const string NotRecorded = "NotRecorded";

    /// <summary>The AVMP age bands the indicators use, so that training and registry figures cut ages alike.</summary>
    public static readonly IReadOnlyList<string> AgeBands = ["0-18", "19-35", "36-60", "61+", NotRecorded];

    private static readonly Dictionary<string, Sex> Sexes = new(StringComparer.Ordinal)
    {
        [""] = Sex.NotRecorded, ["not recorded"] = Sex.NotRecorded, ["not reported"] = Sex.NotRecorded, ["n a"] = Sex.NotRecorded,
        ["nuk eshte regjistruar"] = Sex.NotRecorded, ["pa te dhena"] = Sex.NotRecorded, ["nije zabelezeno"] = Sex.NotRecorded, ["nije evidentirano"] = Sex.NotRecorded,
        ["m"] = Sex.Male, ["male"] = Sex.Male, ["man"] = Sex.Male, ["mashkull"] = Sex.Male, ["musko"] = Sex.Male, ["muski"] = Sex.Male, ["muskarac"] = Sex.Male,
        ["f"] = Sex.Female, ["female"] = Sex.Female, ["woman"] = Sex.Female, ["femer"] = Sex.Female, ["grua"] = Sex.Female,
        ["z"] = Sex.Female, ["zensko"] = Sex.Female, ["zenski"] = Sex.Female, ["zena"] = Sex.Female,
    };

    private static readonly Dictionary<string, bool> YesNo = new(StringComparer.Ordinal)
    {
        [""] = false, ["no"] = false, ["jo"] = false, ["ne"] = false, ["0"] = false, ["false"] = false,
        ["yes"] = true, ["po"] = true, ["da"] = true, ["1"] = true, ["x"] = true, ["true"] = true,
    };

    public static bool TrySex(string? text, out Sex sex) => Sexes.TryGetValue(AttendanceColumns.Fold(text ?? ""), out sex);

    public static bool TryYesNo(string? text, out bool value) => YesNo.TryGetValue(AttendanceColumns.Fold(text ?? ""), out value);

    /// <summary>A band written as in <see cref="AgeBands"/> ("19-35", "19 – 35"), or null.</summary>
    public static string? Band(string? text)
    {
        var compact = new string([.. (text ?? "").Where(c => !char.IsWhiteSpace(c))]).Replace('–', '-');
        return AgeBands.FirstOrDefault(b => string.Equals(b, compact, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The band of an age in whole years, as the indicators band the registry's persons.</summary>
    public static string BandOf(int age) => Indicators.Computations.PersonCounts.AgeBand(age);

    public static bool TryInt(string? text, out int value) =>
        int.TryParse((text ?? "").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
