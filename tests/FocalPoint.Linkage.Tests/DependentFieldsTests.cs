using FocalPoint.Linkage.Tests.Generators;

namespace FocalPoint.Linkage.Tests;

public class DependentFieldsTests
{
    [Fact]
    public void Deduplicate_TownBesidePostcode_CombinedAndF1AsWithoutTown()
    {
        var (table, truth) = CorrelatedFile.Generate(people: 3000, seed: 11);
        var withTown = Settings(includeTown: true);

        var with = new Linker(withTown).Deduplicate(table);
        var without = new Linker(Settings(includeTown: false)).Deduplicate(CorrelatedFile.WithoutTown(table));

        var report = Assert.Single(with.DependentFields);
        Assert.True(report.Combined);
        Assert.Equal(["town", "postcode"], new[] { report.First, report.Second }.Order(StringComparer.Ordinal).Reverse());
        var f1With = LinkageEvaluation.FromClusters(with.Clusters.Assignments, truth).F1;
        var f1Without = LinkageEvaluation.FromClusters(without.Clusters.Assignments, truth).F1;
        Assert.True(Math.Abs(f1With - f1Without) <= 0.01, $"with town {f1With:F4}, without {f1Without:F4}");
    }

    [Fact]
    public void Deduplicate_DependentFieldsWarn_ReportsWithoutCombining()
    {
        var (table, _) = CorrelatedFile.Generate(people: 1500, seed: 12);
        var settings = Settings(includeTown: true);
        settings.DependentFields = "warn";

        var result = new Linker(settings).Deduplicate(table);

        var before = Assert.Single(result.DependentFields, d => !d.AfterFit);
        Assert.False(before.Combined);
        Assert.Contains("remove one", before.Advice, StringComparison.Ordinal);
        Assert.Equal(settings.Comparisons.Count, result.Model.Comparisons.Count);
    }

    [Fact]
    public void Deduplicate_DependentFieldsWarn_CheckAfterFitStillFindsTheRepeatedEvidence()
    {
        var (table, _) = CorrelatedFile.Generate(people: 1500, seed: 12);
        var settings = Settings(includeTown: true);
        settings.DependentFields = "warn";

        var result = new Linker(settings).Deduplicate(table);

        var after = Assert.Single(result.DependentFields, d => d.AfterFit);
        Assert.Equal(["postcode", "town"], new[] { after.First, after.Second }.Order(StringComparer.Ordinal));
        Assert.StartsWith("After fitting", after.Advice, StringComparison.Ordinal);
        Assert.Contains(result.Model.DependentFields, d => d.AfterFit);
    }

    [Fact]
    public void Deduplicate_IndependentFields_NothingReportedBeforeOrAfterFit()
    {
        var (table, _) = CorrelatedFile.Generate(people: 3000, seed: 15);

        var result = new Linker(Settings(includeTown: false)).Deduplicate(CorrelatedFile.WithoutTown(table));

        Assert.Empty(result.DependentFields);
    }

    [Fact]
    public void Suggest_PostcodeDeterminesTown_LeavesTownOutWithNote()
    {
        var (table, _) = CorrelatedFile.Generate(people: 1500, seed: 13);

        var suggested = SettingsSuggestion.Suggest([table]);

        Assert.DoesNotContain(suggested.Settings.Comparisons, c => c.Column == "town");
        Assert.Contains(suggested.Notes, n => n.StartsWith("town: not compared, because postcode determines it", StringComparison.Ordinal));
    }

    [Fact]
    public void LinkageModel_CombinedComparison_RoundTripsAndScoresAgain()
    {
        var (table, _) = CorrelatedFile.Generate(people: 1500, seed: 14);
        var settings = Settings(includeTown: true);
        var first = new Linker(settings).Deduplicate(table);

        var model = LinkageModel.FromJson(first.Model.ToJson());
        var again = new Linker(settings).Deduplicate(table, new LinkOptions { Model = model });

        Assert.Contains(model.Comparisons, c => c.Combines is { Count: 2 });
        Assert.Equal(first.Pairs.Count, again.Pairs.Count);
    }

    private static LinkageSettings Settings(bool includeTown)
    {
        var s = new LinkageSettings
        {
            Comparisons =
            [
                new() { Column = "first_name", Normalisers = ["text"], Comparator = "jaro-winkler", Levels = [0.92, 0.8], TermFrequency = true },
                new() { Column = "surname", Normalisers = ["text"], Comparator = "jaro-winkler", Levels = [0.92, 0.8], TermFrequency = true },
                new() { Column = "dob", Normalisers = ["date"], Comparator = "date", Levels = [366] },
                new() { Column = "postcode", Normalisers = ["text"], Comparator = "exact" },
            ],
            BlockingRules =
            [
                new() { Keys = [new() { Column = "surname", Normalisers = ["text"] }, new() { Column = "first_name", Normalisers = ["text"] }] },
                new() { Keys = [new() { Column = "dob", Normalisers = ["date"] }] },
            ],
            USampleSize = 100_000,
        };
        if (includeTown) s.Comparisons.Add(new() { Column = "town", Normalisers = ["text"], Comparator = "exact" });
        return s;
    }
}
