namespace FocalPoint.Linkage;

/// <summary>What blocking produced: per-rule counts and the largest blocks, capped ones marked.</summary>
/// <param name="Rules">One entry per blocking rule, in settings order.</param>
/// <param name="LargestBlocks">The largest blocks over all rules, largest first.</param>
/// <param name="CandidatePairs">Distinct candidate pairs compared (after removing pairs found by an earlier rule).</param>
public sealed record BlockingReport(IReadOnlyList<BlockingRuleReport> Rules, IReadOnlyList<BlockReport> LargestBlocks, long CandidatePairs);

/// <summary>Counts for one blocking rule.</summary>
/// <param name="Name">The rule's name.</param>
/// <param name="Blocks">Blocks with two or more records.</param>
/// <param name="PairsBeforeDedup">Pairs inside its uncapped blocks, before removing pairs earlier rules found.</param>
/// <param name="CappedBlocks">Blocks skipped for exceeding maxBlockSize.</param>
/// <param name="CappedRecords">Records in skipped blocks (they may still pair under other rules).</param>
public sealed record BlockingRuleReport(string Name, int Blocks, long PairsBeforeDedup, int CappedBlocks, long CappedRecords);

/// <summary>One block in the report.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Key">The normalised key values, joined with " | ".</param>
/// <param name="Size">Records in the block.</param>
/// <param name="Capped">True when the block was skipped for exceeding maxBlockSize.</param>
public sealed record BlockReport(string Rule, string Key, int Size, bool Capped);
