using FocalPoint.Risk.Assessment;

namespace FocalPoint.Risk.Tests;

public class CombinationRulesTests
{
    // Magnitude 4, likelihood 3, vulnerability 2, impact 5 on the 1-5 scale throughout.
    private static readonly AssessmentInputs Inputs = new(4, 3, 2, 5);

    [Fact]
    public void Score_Matrix_LooksUpThreatExposureAndRiskInTurn()
    {
        // threat = ceil((4+3)/2) = 4; exposure = ceil((4+2)/2) = 3; risk = ceil((3+5)/2) = 4; score = (4-1)/(5-1).
        var score = CombinationRules.Score(AssessmentModel.OneToFive("matrix"), Inputs);

        Assert.Equal(0.75, score.Score, 10);
        Assert.Equal(RiskLevel.Critical, score.Level);
        Assert.Contains("threat = matrix[magnitude 4, likelihood 3] = 4", score.Steps);
    }

    [Fact]
    public void Score_MatrixWithOwnTable_UsesTheTable()
    {
        // A table that always answers the column: threat = 3 (likelihood), exposure = 2, risk = 5 → score 1.
        var cells = Enumerable.Range(0, 5).Select(_ => new[] { 1, 2, 3, 4, 5 }).ToArray();
        var model = AssessmentModel.OneToFive("matrix") with { Matrix = new LevelMatrix(RiskScale.OneToFive, cells) };

        Assert.Equal(1.0, CombinationRules.Score(model, Inputs).Score, 10);
    }

    [Fact]
    public void Score_ProductVersion1_MultipliesSharesOfTheTop()
    {
        // 4/5 × 3/5 × 2/5 × 5/5 = 0.8 × 0.6 × 0.4 × 1 = 0.192.
        var score = CombinationRules.Score(AssessmentModel.OneToFive("product", 1), Inputs);

        Assert.Equal(0.192, score.Score, 10);
        Assert.Equal(RiskLevel.Low, score.Level);
    }

    [Fact]
    public void Score_ProductVersion2_TakesTheFourthRoot()
    {
        // 0.192 ^ 0.25 = 0.66195...
        var score = CombinationRules.Score(AssessmentModel.OneToFive("product", 2), Inputs);

        Assert.Equal(0.661947, score.Score, 5);
        Assert.Equal(RiskLevel.High, score.Level);
        Assert.Equal(2, score.RuleVersion);
    }

    [Fact]
    public void Score_WeightedSum_WeighsPositionsOnTheScale()
    {
        // positions 0.75, 0.5, 0.25, 1; (2×0.75 + 1×0.5 + 1×0.25 + 2×1) / 6 = 4.25 / 6.
        var score = CombinationRules.Score(AssessmentModel.OneToFive("weighted-sum", weights: [2, 1, 1, 2]), Inputs);

        Assert.Equal(4.25 / 6, score.Score, 10);
        Assert.Equal(RiskLevel.High, score.Level);
    }

    [Fact]
    public void Score_InputOffTheScale_IsRefusedNamingTheInput()
    {
        var error = Assert.Throws<AssessmentException>(() => CombinationRules.Score(AssessmentModel.OneToFive("product"), Inputs with { Impact = 6 }));

        Assert.Contains("impact 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownVersion_ListsTheKnownRules()
    {
        var problem = CombinationRules.Check(AssessmentModel.OneToFive("product", 9), Inputs);

        Assert.Contains("product/2", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WeightedSumWithoutWeights_IsRefused()
    {
        Assert.NotNull(CombinationRules.Check(AssessmentModel.OneToFive("weighted-sum"), Inputs));
        Assert.NotNull(CombinationRules.Check(AssessmentModel.OneToFive("weighted-sum", weights: [0, 0, 0, 0]), Inputs));
    }

    [Fact]
    public void Latest_Product_IsVersion2()
    {
        Assert.Equal(2, CombinationRules.Latest("product"));
        Assert.Equal(0, CombinationRules.Latest("nonsense"));
    }
}
