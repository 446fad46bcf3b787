using FocalPoint.Application.Indicators.Statistics;

namespace FocalPoint.Application.Tests.Indicators.Statistics;

/// <summary>Gi* on areas in a row (each borders the one before and after), checked against sums done by hand.</summary>
public sealed class GetisOrdTests
{
    [Fact]
    public void Compute_FourAreasInARow_GivesTheHandComputedScores()
    {
        // mean 4, S = sqrt(114/4 - 16) = sqrt(12.5). Area 3: (3 + 10 - 4*2) / (S * sqrt((4*2 - 2*2) / 3)) = 5 / 4.0825 = sqrt(1.5).
        var spots = GetisOrd.Compute([1, 2, 3, 10], Row(4));

        Assert.Equal([-Math.Sqrt(1.5), -6 / Math.Sqrt(12.5), 3 / Math.Sqrt(12.5), Math.Sqrt(1.5)], spots.Select(s => s.Z), new Near());
        Assert.All(spots, s => Assert.Equal(SpotKind.NotSignificant, s.Kind));
    }

    [Fact]
    public void Compute_HighValuesTogetherAtOneEnd_MakeAHotSpotThere()
    {
        // mean 2, S = 4. Area 9: (10 + 10 - 2*2) / (4 * sqrt((10*2 - 4) / 9)) = 16 / (16/3) = 3. Area 0: (0 - 4) / (16/3) = -0.75.
        var spots = GetisOrd.Compute([0, 0, 0, 0, 0, 0, 0, 0, 10, 10], Row(10));

        Assert.Equal(3.0, spots[9].Z, 9);
        Assert.Equal(-0.75, spots[0].Z, 9);
        Assert.Equal(14 / (4 * Math.Sqrt(21.0 / 9)), spots[8].Z, 9);
        Assert.Equal([8, 9], spots.Where(s => s.Kind == SpotKind.Hot).Select(s => s.Area));
        Assert.DoesNotContain(spots, s => s.Kind == SpotKind.Cold);
    }

    [Fact]
    public void Compute_AllAreasEqual_FindsNothing() =>
        Assert.All(GetisOrd.Compute([2, 2, 2], Row(3)), s => Assert.Equal((0.0, SpotKind.NotSignificant), (s.Z, s.Kind)));

    [Theory]
    [InlineData(5, 5, 1.0)]
    [InlineData(0, 6, 0.03125)]
    [InlineData(0, 5, 0.0625)]
    [InlineData(9, 2, 0.0654296875)]
    [InlineData(0, 0, 1.0)]
    public void PValue_TwoMonths_IsTheExactBinomialTail(int previous, int current, double expected) =>
        Assert.Equal(expected, CountChange.PValue(previous, current), 12);

    [Fact]
    public void Significant_SixAfterNoneButNotFiveAfterNone() =>
        Assert.Equal((true, false), (CountChange.Significant(0, 6), CountChange.Significant(0, 5)));

    private static IReadOnlyList<IReadOnlyCollection<int>> Row(int n) =>
        [.. Enumerable.Range(0, n).Select(i => (IReadOnlyCollection<int>)new[] { i - 1, i + 1 }.Where(j => j >= 0 && j < n).ToArray())];

    private sealed class Near : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}
