using System.Globalization;
using FocalPoint.Linkage.Data;

namespace FocalPoint.Linkage.Blocking;

/// <summary>
/// All rules' keys and blocks, with capped blocks removed. Built before any comparison so that a
/// rule that would explode the run is refused with a message, not found out by running out of memory.
/// </summary>
internal sealed class BlockingPlan
{
    private const int ReportedBlocks = 20;

    private BlockingPlan(BlockingKeys[] rules, int[][] orders, List<Block> blocks, BlockingReport report)
    {
        Rules = rules;
        Orders = orders;
        Blocks = blocks;
        Report = report;
    }

    public BlockingKeys[] Rules { get; }

    /// <summary>Per rule, record indexes sorted by key.</summary>
    public int[][] Orders { get; }

    /// <summary>Uncapped blocks of two or more records, largest first (for load balance).</summary>
    public List<Block> Blocks { get; }

    public BlockingReport Report { get; }

    public static BlockingPlan Build(LinkageSettings settings, IReadOnlyList<RecordTable> tables)
    {
        var rules = settings.BlockingRules
            .Select((r, i) => new BlockingKeys(r.Name ?? $"rule {(i + 1).ToString(CultureInfo.InvariantCulture)}", r, tables, settings.UniqueIdColumn))
            .ToArray();
        var orders = new int[rules.Length][];
        var blocks = new List<Block>();
        var reports = new List<BlockingRuleReport>();
        var largest = new List<(int Rule, int Record, int Size, bool Capped)>();
        long total = 0;
        for (var r = 0; r < rules.Length; r++)
        {
            var keys = rules[r].Keys;
            var order = Enumerable.Range(0, keys.Length).Where(i => keys[i] != 0).ToArray();
            var sorted = order.Select(i => keys[i]).ToArray();
            Array.Sort(sorted, order);
            orders[r] = order;
            int count = 0, capped = 0;
            long cappedRecords = 0, pairs = 0;
            for (var start = 0; start < order.Length;)
            {
                var end = start + 1;
                while (end < order.Length && sorted[end] == sorted[start]) end++;
                var length = end - start;
                var isCapped = length > settings.MaxBlockSize;
                if (length >= 2) largest.Add((r, order[start], length, isCapped));
                if (isCapped)
                {
                    capped++;
                    cappedRecords += length;
                    // Zero keys mean later rules will not think these pairs were already compared here.
                    for (var k = start; k < end; k++) keys[order[k]] = 0;
                }
                else if (length >= 2)
                {
                    var block = new Block(r, start, length);
                    blocks.Add(block);
                    count++;
                    pairs += block.Pairs;
                }
                start = end;
            }
            total += pairs;
            reports.Add(new BlockingRuleReport(rules[r].Name, count, pairs, capped, cappedRecords));
        }
        if (total > settings.MaxComparisons)
        {
            var worst = reports.MaxBy(x => x.PairsBeforeDedup)!;
            throw new LinkageException(
                $"Blocking would compare {total:N0} pairs, more than maxComparisons ({settings.MaxComparisons:N0}); " +
                $"rule '{worst.Name}' gives {worst.PairsBeforeDedup:N0}. Make the rules stricter or lower maxBlockSize.");
        }
        blocks.Sort((x, y) => y.Length.CompareTo(x.Length));
        // Only reported blocks need their key as text; describing every block would cost millions of strings.
        var top = largest.OrderByDescending(b => b.Size).Take(ReportedBlocks)
            .Select(b => new BlockReport(rules[b.Rule].Name, rules[b.Rule].Describe(b.Record), b.Size, b.Capped)).ToList();
        return new BlockingPlan(rules, orders, blocks, new BlockingReport(reports, top, 0));
    }
}
