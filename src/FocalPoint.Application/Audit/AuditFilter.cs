using FocalPoint.Application.Common;
using FocalPoint.Data.Auditing;

namespace FocalPoint.Application.Audit;

/// <summary>The auditor's search: every field optional; dates are UTC days, inclusive.</summary>
public sealed record AuditFilter
{
    public const int MaxPageSize = 200;
    public const int MaxTextLength = 100;

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>The user name, exactly.</summary>
    public string? Actor { get; init; }
    public AuditAction? Action { get; init; }
    public string? RecordKind { get; init; }

    /// <summary>One record id, matched against the entry's list of ids.</summary>
    public string? RecordId { get; init; }

    /// <summary>Text contained in the purpose, ignoring case.</summary>
    public string? Purpose { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        if (Page < 1)
        {
            errors.Add(nameof(Page), Messages.PageFromOne);
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors.Add(nameof(PageSize), Messages.Between, 1, MaxPageSize);
        }

        if (From > To)
        {
            errors.Add(nameof(To), Messages.ToBeforeFrom);
        }

        foreach (var (name, value) in new[] { (nameof(Actor), Actor), (nameof(RecordKind), RecordKind), (nameof(RecordId), RecordId), (nameof(Purpose), Purpose) })
        {
            if (value?.Length > MaxTextLength)
            {
                errors.Add(name, Messages.AtMostCharactersPlain, MaxTextLength);
            }
        }

        return errors;
    }

    /// <summary>The names of the fields in use, for the audit entry of the search itself (names, not values).</summary>
    public string FieldsUsed() => string.Join(',', new[]
    {
        From is null ? null : nameof(From), To is null ? null : nameof(To), Blank(Actor) ? null : nameof(Actor),
        Action is null ? null : nameof(Action), Blank(RecordKind) ? null : nameof(RecordKind), Blank(RecordId) ? null : nameof(RecordId),
        Blank(Purpose) ? null : nameof(Purpose),
    }.Where(n => n is not null));

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}

/// <summary>One entry as the auditor sees it (the hashes stay behind: `audit verify` checks them).</summary>
public sealed record AuditEntryRow(
    long Sequence, DateTime AtUtc, string Actor, string? ClientAddress, AuditAction Action, string RecordKind, string RecordIds,
    string? Purpose, string? Recipients, string? Detail);
