using FocalPoint.Domain.Tracing;
using FocalPoint.Linkage.Serials;

namespace FocalPoint.Application.Tracing.Stolen;

/// <summary>From the engine's serial level to the register's match kinds, and which matches raise a hit on their own.</summary>
public static class StolenMatching
{
    public static StolenMatch Kind(SerialLevel level, string? plainA, string? plainB) => level switch
    {
        SerialLevel.Same => plainA is not null && plainA == plainB ? StolenMatch.Exact : StolenMatch.LookAlike,
        SerialLevel.Partial => StolenMatch.Partial,
        _ => StolenMatch.OneCharacter,
    };

    /// <summary>
    /// Whether an automatic check raises a hit. The same serial does unless the makes are known and differ (serials
    /// repeat across makes); partial and one-character matches only with the same make, or a register of 200,000
    /// guns would flood the queue with near serials of other guns.
    /// </summary>
    public static bool RaisesHit(SerialLevel level, int? makeA, int? makeB) => level == SerialLevel.Same
        ? makeA is null || makeB is null || makeA == makeB
        : makeA is not null && makeA == makeB;
}
