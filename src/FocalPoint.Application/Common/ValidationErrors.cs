namespace FocalPoint.Application.Common;

/// <summary>Per-field problems, keyed by the field's path (e.g. "Firearms[0].CalibreId"), ready for ProblemDetails.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<UserMessage>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    /// <summary>The fields with problems and their messages, in the order they were found.</summary>
    public IEnumerable<KeyValuePair<string, List<UserMessage>>> Entries => errors;

    /// <summary>Adds a message worded by the caller (already in the reader's language, or with no translation).</summary>
    public void Add(string field, string message) => Add(field, UserMessage.Plain(message));

    /// <summary>Adds a translatable message.</summary>
    public void Add(string field, MessageTemplate template, params object[] arguments) => Add(field, template.With(arguments));

    public void Add(string field, UserMessage message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    public IReadOnlyList<UserMessage> For(string field) => errors.TryGetValue(field, out var list) ? list : [];

    /// <summary>Forgets a field's problems, e.g. once the person has changed that field.</summary>
    public bool Remove(string field) => errors.Remove(field);

    /// <summary>The paging of a list: page from 1, page size from 1 to the list's maximum.</summary>
    public void CheckPaging(int page, int pageSize, int maxPageSize)
    {
        if (page < 1)
        {
            Add("Page", Messages.PageFromOne);
        }

        if (pageSize < 1 || pageSize > maxPageSize)
        {
            Add("PageSize", Messages.Between, 1, maxPageSize);
        }
    }

    /// <summary>The English wording per field, for ProblemDetails.</summary>
    public IDictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.English).ToArray(), StringComparer.Ordinal);
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
