using FocalPoint.Application.Common;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Registry.Persons;
using FocalPoint.Application.Security;

namespace FocalPoint.Application.Network.Chart;

/// <summary>What to put on the chart: an incident reference, serial, plate, phone, organisation or place; a person name for personal-data roles.</summary>
public sealed record ChartSearch(string Text, string? Purpose = null);

/// <summary>
/// Finds chart nodes by their label within the user's own view (so nothing out of reach is ever found). Persons are
/// searched through <see cref="SearchPersons"/> (reach, purpose and its own audit entry), never in the snapshot.
/// </summary>
public sealed class SearchChartEntities(VisibleGraphs graphs, SearchPersons persons, IAccessContext accessContext)
{
    public const int MaxResults = 50;

    public async Task<CommandResult<IReadOnlyList<ChartNode>>> HandleAsync(ChartSearch search, CancellationToken cancellationToken = default)
    {
        var text = search.Text?.Trim() ?? "";
        var wanted = Fold(text);
        if (wanted.Length is < 2 or > 100)
        {
            var errors = new ValidationErrors();
            errors.Add(nameof(search.Text), Messages.ChartSearchText);
            return CommandResult<IReadOnlyList<ChartNode>>.Invalid(errors);
        }

        var access = await accessContext.GetAsync(cancellationToken);
        var view = await graphs.GetAsync(cancellationToken);
        var found = new List<ChartNode>();
        if (access.SeesPersonalData && search.Purpose?.Trim().Length >= ChartAudit.MinPurpose && text.Length <= 100)
        {
            var result = await persons.HandleAsync(new PersonSearch(Name: text, PageSize: 25), search.Purpose.Trim(), cancellationToken);
            foreach (var row in result.Value?.Items ?? [])
            {
                // A resolved record is drawn as its entity's node; two records of one human are one result.
                if (view.TryFind(view.Snapshot.NodeKeyOfRecord(ChartNodeKind.Person, row.Id), out var node) && !found.Exists(n => n.Key == view.Graph.IdOf(node).ToString()))
                {
                    found.Add(view.Node(node));
                }
            }
        }

        // Exact matches first (the reference or serial typed in full), then those that contain the text.
        var contains = new List<ChartNode>();
        for (var v = 0; v < view.Graph.NodeCount && found.Count < MaxResults; v++)
        {
            if (!view.IsVisible(v) || view.KindOf(v) == ChartNodeKind.Person)
            {
                continue;
            }

            var label = Fold(view.LabelOf(v));
            if (label.EndsWith(wanted, StringComparison.Ordinal) || label == wanted)
            {
                found.Add(view.Node(v));
            }
            else if (contains.Count < MaxResults && label.Contains(wanted, StringComparison.Ordinal))
            {
                contains.Add(view.Node(v));
            }
        }

        return CommandResult<IReadOnlyList<ChartNode>>.Ok(found.Concat(contains).Take(MaxResults).ToList());
    }

    /// <summary>Upper-case letters and digits only, so "B-12 345" finds "B12345" and "+383 44 123 456" finds "38344123456".</summary>
    internal static string Fold(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
