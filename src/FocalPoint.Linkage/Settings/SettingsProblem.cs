namespace FocalPoint.Linkage;

/// <summary>One fault in a settings file: a stable code (see <see cref="LinkageErrorCodes"/>), where it is, the English message and its arguments.</summary>
/// <param name="Code">Stable code for translation.</param>
/// <param name="Path">Where in the file, such as "comparisons[2].levels"; empty for the top level.</param>
/// <param name="Message">The English message.</param>
/// <param name="Arguments">The values the message names, in order.</param>
public sealed record SettingsProblem(string Code, string Path, string Message, IReadOnlyList<string> Arguments)
{
    internal static SettingsProblem UnknownKey(string path, string key, string? nearest) => new(LinkageErrorCodes.UnknownKey, path,
        $"{Where(path)}: unknown key '{key}'.{(nearest is null ? "" : $" Did you mean '{nearest}'?")}", [path, key, nearest ?? ""]);

    internal static SettingsProblem Missing(string path, string key) => new(LinkageErrorCodes.WrongType, path,
        $"{Where(path)}: '{key}' is required.", [path, key]);

    internal static SettingsProblem WrongType(string path, string expected) => new(LinkageErrorCodes.WrongType, path,
        $"{Where(path)}: must be {expected}.", [path, expected]);

    internal static SettingsProblem OutOfRange(string path, string value, string range) => new(LinkageErrorCodes.OutOfRange, path,
        $"{Where(path)}: {value} is out of range; must be {range}.", [path, value, range]);

    internal static SettingsProblem LevelOrder(string path, string order) => new(LinkageErrorCodes.LevelOrder, path,
        $"{Where(path)}: levels must be strictly {order} (most similar first).", [path, order]);

    internal static SettingsProblem UnknownName(string path, string name, IReadOnlyList<string> allowed)
    {
        var nearest = Nearest.Of(name, allowed);
        return new(LinkageErrorCodes.UnknownName, path,
            $"{Where(path)}: unknown value '{name}'.{(nearest is null ? "" : $" Did you mean '{nearest}'?")} Known: {string.Join(", ", allowed)}.",
            [path, name, nearest ?? "", string.Join(", ", allowed)]);
    }

    private static string Where(string path) => path.Length == 0 ? "settings" : path;
}
