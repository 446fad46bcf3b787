using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Tracing;

namespace FocalPoint.Application.Reports.Iafq;

/// <summary>One recovered arm as the tables count it.</summary>
/// <param name="Traced">At least one trace request was sent for it.</param>
/// <param name="ByTracing">A trace answer established its point of diversion.</param>
/// <param name="ByIntelligence">A competent authority established it otherwise (intelligence).</param>
public sealed record ArmFact(Recovery Recovery, LegalContext Context, IafqArmType Type, bool Traced, bool ByTracing, bool ByIntelligence)
{
    public bool Established => ByTracing || ByIntelligence;
}

/// <summary>One trace request about a recovered arm.</summary>
public sealed record TraceFact(TraceStatus Status, bool Answered);

/// <summary>Ammunition, explosives and parts recovered, one line per item record.</summary>
public sealed record ItemFacts(
    IReadOnlyList<(Recovery Recovery, int Rounds)> Ammunition,
    IReadOnlyList<(Recovery Recovery, ExplosiveKind Kind, int Count)> Explosives,
    IReadOnlyList<(Recovery Recovery, ComponentKind Kind, int Count)> Components);
