using FocalPoint.Linkage.Tests.Generators;

namespace FocalPoint.Linkage.Tests;

public class MultiSourceTests
{
    [Theory]
    [InlineData(0.0, 0.99)]
    [InlineData(0.2, 0.96)]
    [InlineData(0.4, 0.95)]
    public void LinkSources_SuggestedSettingsOnCorruptedSources_ReachTargetCrossSourceF1(double corruption, double target)
    {
        var (sources, truth) = MultiSourceFiles.Generate(people: 1500, sources: 5, corruption, seed: 7);
        var suggested = SettingsSuggestion.Suggest([.. sources.Select(s => s.Records)], sourcesDeduplicated: true);

        var result = new Linker(suggested.Settings).LinkSources(sources);
        var f1 = CrossSourceEvaluation.Pooled(result.Clusters.Assignments, truth, id => SourceTable.Split(id).Source).F1;

        Assert.True(f1 >= target, $"F1 {f1:F4} below {target} at {corruption:P0} corruption\n{string.Join("\n", suggested.Notes)}");
        Assert.All(result.Clusters.Clusters, c => Assert.True(c.MemberIds.Count <= sources.Count, $"cluster of {c.MemberIds.Count}"));
    }
}
