namespace FocalPoint.Linkage;

/// <summary>
/// The stable codes of <see cref="LinkageException"/> and <see cref="SettingsProblem"/>, for callers that
/// translate them. The arguments of each code are listed in order.
/// </summary>
public static class LinkageErrorCodes
{
    /// <summary>A key the settings schema does not know: path, key, nearest known key (may be empty).</summary>
    public const string UnknownKey = "SettingsUnknownKey";

    /// <summary>A value of the wrong JSON type: path, expected type.</summary>
    public const string WrongType = "SettingsWrongType";

    /// <summary>A value out of its range: path, value, allowed range.</summary>
    public const string OutOfRange = "SettingsOutOfRange";

    /// <summary>Levels out of order: path, the order required ("descending" or "ascending").</summary>
    public const string LevelOrder = "SettingsLevelOrder";

    /// <summary>An unknown name among allowed ones: path, name, nearest allowed, all allowed.</summary>
    public const string UnknownName = "SettingsUnknownName";

    /// <summary>The settings are not JSON: parser message.</summary>
    public const string NotJson = "SettingsNotJson";

    /// <summary>A value that does not parse for its comparison while strictValues is set: column, record id, value.</summary>
    public const string BadValue = "BadValue";

    /// <summary>Two records of one source share an id: source, id.</summary>
    public const string DuplicateId = "DuplicateId";

    /// <summary>A record id not in the run: id.</summary>
    public const string UnknownRecord = "UnknownRecord";

    /// <summary>A source name that is empty, repeated or holds ':': source.</summary>
    public const string BadSourceName = "BadSourceName";
}
