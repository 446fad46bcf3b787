using FocalPoint.Linkage.Serials;

namespace FocalPoint.Linkage.Tests;

public sealed class SerialIndexTests
{
    [Fact]
    public void Find_BuiltAndAddedSerials_GradedByTheEngineComparator()
    {
        var index = SerialIndex.Build(["B0-12345", "ZX-998877", null]);
        var added = index.Add("M70 4471");

        Assert.Equal([new SerialHit(0, SerialLevel.Same)], index.Find("BO 12345", withPartial: false));
        Assert.Equal([new SerialHit(1, SerialLevel.OneEdit)], index.Find("ZX989877", withPartial: false));
        Assert.Equal([new SerialHit(added, SerialLevel.OneEdit)], index.Find("M704X71", withPartial: false));
        Assert.Equal([new SerialHit(1, SerialLevel.Partial)], index.Find("9988", withPartial: true));
        Assert.Empty(index.Find("9988", withPartial: false));
        Assert.Empty(index.Find("Q-55 11 22", withPartial: true));
    }

    [Fact]
    public void Find_ManySerials_SameAnswerAsComparingEveryPair()
    {
        var random = new Random(7);
        var serials = Enumerable.Range(0, 3000).Select(_ => string.Concat(Enumerable.Range(0, 7).Select(_ => "0123456789AKMX"[random.Next(14)]))).ToList();
        var index = SerialIndex.Build(serials);
        var queries = serials.Take(200).Select(s => s[..3] + (s[3] == '7' ? '8' : '7') + s[4..]).ToList();

        foreach (var q in queries)
        {
            var expected = serials.Select((s, i) => (s, i)).Where(x => Distance1(SerialIndex.Key(x.s), SerialIndex.Key(q))).Select(x => x.i).Order();
            var found = index.Find(q, withPartial: false).Where(h => h.Level != SerialLevel.Partial).Select(h => h.Item).Order();
            Assert.Equal(expected, found);
        }
    }

    // Brute force: equal, or one substitution, insertion, deletion or adjacent swap.
    private static bool Distance1(string a, string b)
    {
        if (a == b) return true;
        if (a.Length == b.Length)
        {
            var diffs = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
            return diffs.Count == 1 || (diffs.Count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]);
        }

        var (s, l) = a.Length < b.Length ? (a, b) : (b, a);
        return l.Length == s.Length + 1 && Enumerable.Range(0, l.Length).Any(i => l.Remove(i, 1) == s);
    }
}
