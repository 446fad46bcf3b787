using FocalPoint.Application.Flows;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Web.Localisation;

namespace FocalPoint.Web.Flows;

/// <summary>What flows.js draws: plain data with every label already in the UI language.</summary>
public sealed record FlowChart(SankeyData Sankey, MapData Map);

public sealed record SankeyData(IReadOnlyList<string> Stages, IReadOnlyList<SankeyNode> Nodes, IReadOnlyList<SankeyLink> Links, string Unit);

/// <param name="Depth">The column: 0 manufacture, 1 last legal import, 2 transit, 3 municipality.</param>
public sealed record SankeyNode(string Id, string Name, int Depth, bool Unknown);

public sealed record SankeyLink(string Source, string Target, int Value);

/// <summary>Names for the nodes of one report, in the UI language.</summary>
public sealed class FlowLabels(ReferenceSnapshot reference, string unknown, string inland, string airport)
{
    public string Country(string? code) =>
        code is null || code == FlowNode.Unknown ? unknown : reference.CountryByCode.TryGetValue(code, out var c) ? c.Name() : code;

    public string Transit(WeaponFlow flow) => flow.Transit switch
    {
        TransitKind.Inland => inland,
        TransitKind.Airport => airport,
        _ => Country(flow.TransitCountry),
    };

    public string Municipality(int id) => reference.MunicipalityById.TryGetValue(id, out var m) ? m.Name() : unknown;

    public string Node(FlowNode node) => node.Stage switch
    {
        FlowStage.Municipality => Municipality(int.Parse(node.Key, System.Globalization.CultureInfo.InvariantCulture)),
        FlowStage.Transit when node.Key == nameof(TransitKind.Inland) => inland,
        FlowStage.Transit when node.Key == nameof(TransitKind.Airport) => airport,
        _ => Country(node.Key),
    };

    internal static FlowChart Chart(WeaponFlowReport report, FlowLabels labels, ReferenceSnapshot reference, MunicipalityShapes? shapes, IReadOnlyList<string> stages, string unit)
    {
        var links = report.Links;
        var nodes = links.SelectMany(l => new[] { l.Source, l.Target }).Distinct()
            .Select(n => new SankeyNode(n.Id, labels.Node(n), (int)n.Stage, n.IsUnknown))
            .ToList();
        var sankey = new SankeyData(stages, nodes, [.. links.Select(l => new SankeyLink(l.Source.Id, l.Target.Id, l.Firearms))], unit);

        var counts = report.ByMunicipality.ToDictionary(m => m.MunicipalityId, m => m.Firearms);
        var map = MunicipalityMap.Build(
            reference, shapes, id => counts.GetValueOrDefault(id), id => counts.GetValueOrDefault(id).ToString(System.Globalization.CultureInfo.CurrentCulture), unit);
        return new FlowChart(sankey, map);
    }
}
