using FocalPoint.Application.Common;
using FocalPoint.Linkage;

namespace FocalPoint.Application.Linkage;

/// <summary>
/// The linkage engine's errors as translatable messages: the engine gives a stable code and its arguments
/// (<see cref="LinkageErrorCodes"/>), the pages say it in their language (issue 10 item 9). Codes without a
/// translation yet keep the engine's English inside a translated frame.
/// </summary>
public static class LinkageMessages
{
    public static readonly MessageTemplate UnknownKey = new("LinkageSettingsUnknownKey", "{0}: unknown setting '{1}' (nearest known: '{2}').");
    public static readonly MessageTemplate WrongType = new("LinkageSettingsWrongType", "{0}: must be {1}.");
    public static readonly MessageTemplate OutOfRange = new("LinkageSettingsOutOfRange", "{0}: {1} is outside {2}.");
    public static readonly MessageTemplate LevelOrder = new("LinkageSettingsLevelOrder", "{0}: the levels must be in {1} order.");
    public static readonly MessageTemplate UnknownName = new("LinkageSettingsUnknownName", "{0}: unknown name '{1}' (nearest: '{2}').");
    public static readonly MessageTemplate NotJson = new("LinkageSettingsNotJson", "The settings are not valid JSON: {0}");
    public static readonly MessageTemplate BadValue = new("LinkageBadValue", "Column {0}, record {1}: a value cannot be read.");
    public static readonly MessageTemplate DuplicateId = new("LinkageDuplicateId", "Source {0}: id {1} appears more than once.");
    public static readonly MessageTemplate UnknownRecord = new("LinkageUnknownRecord", "Record {0} is not in this run.");
    public static readonly MessageTemplate BadSourceName = new("LinkageBadSourceName", "Source name '{0}' is empty, repeated or contains ':'.");

    private static readonly IReadOnlyDictionary<string, MessageTemplate> ByCode = new Dictionary<string, MessageTemplate>(StringComparer.Ordinal)
    {
        [LinkageErrorCodes.UnknownKey] = UnknownKey,
        [LinkageErrorCodes.WrongType] = WrongType,
        [LinkageErrorCodes.OutOfRange] = OutOfRange,
        [LinkageErrorCodes.LevelOrder] = LevelOrder,
        [LinkageErrorCodes.UnknownName] = UnknownName,
        [LinkageErrorCodes.NotJson] = NotJson,
        [LinkageErrorCodes.BadValue] = BadValue,
        [LinkageErrorCodes.DuplicateId] = DuplicateId,
        [LinkageErrorCodes.UnknownRecord] = UnknownRecord,
        [LinkageErrorCodes.BadSourceName] = BadSourceName,
    };

    /// <summary>The message for a linkage error: translated by its code where known; the English is always the engine's.</summary>
    public static UserMessage For(LinkageException error) => For(error.Code, error.Message, error.Arguments);

    /// <summary>The same for a problem the settings check lists (each with its code and arguments).</summary>
    /// <remarks>A problem at the top of the file has an empty path: it is named "$", the root in JSONPath.</remarks>
    public static UserMessage For(SettingsProblem problem) =>
        For(problem.Code, problem.Message, problem.Path.Length == 0 && problem.Arguments is [ "", .. ] ? ["$", .. problem.Arguments.Skip(1)] : problem.Arguments);

    private static UserMessage For(string code, string english, IReadOnlyList<string> arguments) =>
        ByCode.TryGetValue(code, out var template)
            ? new UserMessage(template.Code, english, [.. arguments])
            : Messages.LinkageSettings.With(english);
}
