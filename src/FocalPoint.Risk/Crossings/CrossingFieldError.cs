namespace FocalPoint.Risk.Crossings;

/// <summary>A field of a JSON crossing record that breaks the documented shape.</summary>
/// <param name="Index">The record's 0-based position in the request (the array index, or the line for JSON Lines).</param>
/// <param name="RecordId">The record's id, when it could be read.</param>
/// <param name="Field">The field at fault, e.g. "time" or "persons[1].birth_date".</param>
/// <param name="Message">What is wrong, in plain words; never the value of a personal field.</param>
public sealed record CrossingFieldError(int Index, string? RecordId, string Field, string Message);
