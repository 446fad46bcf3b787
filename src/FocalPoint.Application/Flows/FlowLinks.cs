namespace FocalPoint.Application.Flows;

/// <summary>The four columns of the flow diagram, in route order.</summary>
public enum FlowStage
{
    Manufacture,
    LastLegalImport,
    Transit,
    Municipality,
}

/// <summary>
/// A node of the flow diagram: a stage and a key in it (a country code, a municipality id, a transit kind, or
/// <see cref="Unknown"/>). The same country in two stages is two nodes, so the diagram never loops.
/// </summary>
public sealed record FlowNode(FlowStage Stage, string Key)
{
    public const string Unknown = "?";

    /// <summary>Unique across stages, e.g. "Manufacture:RS", "Municipality:9", "Transit:Inland".</summary>
    public string Id => $"{Stage}:{Key}";

    public bool IsUnknown => Key == Unknown;
}

public sealed record FlowLink(FlowNode Source, FlowNode Target, int Firearms);

/// <summary>Sums flow groups into links between consecutive stages; pure, so each number can be checked by hand.</summary>
public static class FlowLinks
{
    public static IReadOnlyList<FlowLink> Of(IEnumerable<WeaponFlow> flows)
    {
        var sums = new Dictionary<(FlowNode, FlowNode), int>();
        foreach (var flow in flows)
        {
            var path = Path(flow);
            for (var i = 0; i < path.Length - 1; i++)
            {
                sums[(path[i], path[i + 1])] = sums.GetValueOrDefault((path[i], path[i + 1])) + flow.Firearms;
            }
        }

        return [.. sums.Select(s => new FlowLink(s.Key.Item1, s.Key.Item2, s.Value))
            .OrderBy(l => l.Source.Stage).ThenByDescending(l => l.Firearms).ThenBy(l => l.Source.Key, StringComparer.Ordinal).ThenBy(l => l.Target.Key, StringComparer.Ordinal)];
    }

    /// <summary>The four nodes one flow group passes through.</summary>
    public static FlowNode[] Path(WeaponFlow flow) =>
    [
        new(FlowStage.Manufacture, flow.ManufactureCountry ?? FlowNode.Unknown),
        new(FlowStage.LastLegalImport, flow.LastLegalImportCountry ?? FlowNode.Unknown),
        new(FlowStage.Transit, TransitKey(flow)),
        new(FlowStage.Municipality, flow.MunicipalityId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    /// <summary>A neighbour's country code; "Inland" or "Airport" where no country can be named; Unknown for a crossing without one.</summary>
    public static string TransitKey(WeaponFlow flow) => flow.Transit switch
    {
        TransitKind.BorderCrossing => flow.TransitCountry ?? FlowNode.Unknown,
        _ => flow.Transit.ToString(),
    };
}
