using FocalPoint.Application.Common;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Data.Auditing;

namespace FocalPoint.Application.Network;

/// <summary>
/// A chart that shows persons together with their guns, cars, phones and incidents combines personal data
/// (Directive 2016/680 art. 25): every answer holding a person is logged as Combine (an export as Export) with the
/// purpose and the person records shown. Answers without persons need neither purpose nor entry.
/// </summary>
internal static class ChartAudit
{
    public const int MinPurpose = 5;
    public const int MaxPurpose = 200;

    /// <summary>The person records shown (for an entity node, the record its label came from, and the entity).</summary>
    public static List<string> PersonRecords(IEnumerable<ChartNode> nodes) =>
        nodes.Where(n => n.Type == NodeKeys.TypeName(ChartNodeKind.Person))
            .SelectMany(n => n.EntityId is { } entity ? [$"Person/{n.RecordId}", $"ResolvedEntity/{entity}"] : new[] { $"Person/{n.RecordId}" })
            .Distinct().ToList();

    /// <summary>Field error when persons would be shown without a purpose; nothing is returned then.</summary>
    public static ValidationErrors? MissingPurpose(IReadOnlyCollection<string> persons, string? purpose)
    {
        if (persons.Count == 0 || purpose?.Trim().Length is >= MinPurpose and <= MaxPurpose)
        {
            return null;
        }

        var errors = new ValidationErrors();
        errors.Add("Purpose", Messages.ChartPurpose, MinPurpose, MaxPurpose);
        return errors;
    }

    public static async Task RecordAsync(IAuditLog audit, AuditAction action, IReadOnlyList<string> persons, string? purpose, string detail, CancellationToken cancellationToken)
    {
        if (persons.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(action, "Person", persons, purpose?.Trim(), Detail: detail), cancellationToken);
        }
    }
}
