namespace FocalPoint.Linkage;

/// <summary>
/// Raised for bad settings or bad input before any work starts: the message names the setting,
/// column or value at fault so that a caller can show it to the user as it is.
/// </summary>
public sealed class LinkageException : Exception
{
    /// <summary>Creates the exception with a message meant for the user.</summary>
    public LinkageException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public LinkageException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception with a generic message.</summary>
    public LinkageException() : base("Linkage failed.") { }
}
