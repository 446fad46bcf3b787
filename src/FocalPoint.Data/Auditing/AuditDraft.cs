namespace FocalPoint.Data.Auditing;

/// <summary>An entry waiting for its place in the chain: everything but sequence and hashes.</summary>
internal sealed record AuditDraft(
    DateTime AtUtc, string Actor, string? ClientAddress, AuditAction Action, string RecordKind, string RecordIds,
    string? Purpose, string? Recipients, string? Detail)
{
    // Lengths match the columns: a too-long value is cut here rather than failing the whole batch it shares.
    public const int ActorLength = 256;
    public const int AddressLength = 64;
    public const int KindLength = 64;
    public const int PurposeLength = 1000;
    public const int RecipientsLength = 1000;
    public const int DetailLength = 2000;
    public const int RecordIdsLength = 20_000;

    public static AuditDraft From(AuditEvent e, string actor, string? clientAddress, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(e);
        foreach (var id in e.RecordIds)
        {
            if (id.Contains(',', StringComparison.Ordinal))
            {
                throw new ArgumentException("Record ids must not contain commas.", nameof(e));
            }
        }

        return new AuditDraft(
            AuditHash.ToStoredPrecision(at), Clean(actor, ActorLength)!, Clean(clientAddress, AddressLength), e.Action,
            Clean(e.RecordKind, KindLength)!, Clean(string.Join(',', e.RecordIds), RecordIdsLength)!, Clean(e.Purpose, PurposeLength),
            e.Recipients is { Count: > 0 } r ? Clean(string.Join("; ", r), RecipientsLength) : null, Clean(e.Detail, DetailLength));
    }

    public AuditEntry ToEntry(long sequence, string previousHash)
    {
        var entry = new AuditEntry
        {
            Sequence = sequence, AtUtc = AtUtc, Actor = Actor, ClientAddress = ClientAddress, Action = Action, RecordKind = RecordKind,
            RecordIds = RecordIds, Purpose = Purpose, Recipients = Recipients, Detail = Detail, PreviousHash = previousHash,
        };
        entry.Hash = AuditHash.Compute(entry);
        return entry;
    }

    /// <summary>PostgreSQL text refuses NUL; the stored value, not the given one, is what gets hashed.</summary>
    private static string? Clean(string? value, int max)
    {
        if (value is null)
        {
            return null;
        }

        value = value.Replace("\0", "", StringComparison.Ordinal);
        return value.Length <= max ? value : value[..max];
    }
}
