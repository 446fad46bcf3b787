namespace FocalPoint.Linkage;

/// <summary>A reviewer's decision on a pair of records: the same entity or not.</summary>
/// <param name="LeftId">One record's id.</param>
/// <param name="RightId">The other record's id.</param>
/// <param name="IsMatch">True when accepted as the same entity, false when rejected.</param>
public sealed record PairLabel(string LeftId, string RightId, bool IsMatch);
