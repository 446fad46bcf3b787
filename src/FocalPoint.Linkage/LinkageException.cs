namespace FocalPoint.Linkage;

/// <summary>
/// Raised for bad settings or bad input before any work starts: the message names the setting,
/// column or value at fault. <see cref="Code"/> and <see cref="Arguments"/> let a caller that shows
/// messages in other languages translate it; the English <see cref="Exception.Message"/> is the fallback.
/// </summary>
public sealed class LinkageException : Exception
{
    /// <summary>Creates the exception with a message meant for the user.</summary>
    public LinkageException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public LinkageException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception with a generic message.</summary>
    public LinkageException() : base("Linkage failed.") { }

    /// <summary>Creates the exception with a stable code, its English message and the values the message names.</summary>
    public LinkageException(string code, string message, IReadOnlyList<string> arguments) : base(message)
    {
        Code = code;
        Arguments = arguments;
    }

    /// <summary>A stable code such as "SettingsUnknownKey" (see <see cref="LinkageErrorCodes"/>); "Linkage" for older messages.</summary>
    public string Code { get; } = "Linkage";

    /// <summary>The values the message names, in order, for a translated template.</summary>
    public IReadOnlyList<string> Arguments { get; } = [];
}
