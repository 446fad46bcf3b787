namespace FocalPoint.Application.Common;

/// <summary>Per-field problems, keyed by the field's path (e.g. "Firearms[0].CalibreId"), ready for ProblemDetails.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    public IDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}

/// <summary>The outcome of a command: a value, field errors, not found, or a conflicting concurrent change.</summary>
public sealed record CommandResult<T>(T? Value, ValidationErrors? Errors, bool NotFound = false, bool Conflict = false)
{
    public bool Succeeded => Errors is null && !NotFound && !Conflict;

    public static CommandResult<T> Ok(T value) => new(value, null);
    public static CommandResult<T> Invalid(ValidationErrors errors) => new(default, errors);
    public static CommandResult<T> Missing() => new(default, null, NotFound: true);
    public static CommandResult<T> Conflicted() => new(default, null, Conflict: true);
}
