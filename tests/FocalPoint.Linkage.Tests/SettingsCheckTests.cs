namespace FocalPoint.Linkage.Tests;

public class SettingsCheckTests
{
    private const string Valid = """
        {
          "uniqueIdColumn": "id",
          "comparisons": [
            { "column": "surname", "normalisers": ["text"], "comparator": "jaro-winkler", "levels": [0.92, 0.8] },
            { "column": "dob", "normalisers": ["date"], "comparator": "date", "levels": [31, 366] }
          ],
          "blockingRules": [ { "keys": [ { "column": "surname", "normalisers": ["text"] } ] } ],
          "matchThreshold": 0.9
        }
        """;

    [Fact]
    public void Check_ValidSettings_NoProblems() => Assert.Empty(SettingsCheck.Check(Valid));

    [Theory]
    [InlineData("../../../../../docs/examples/persons-linkage.json")]
    [InlineData("../../../../../docs/examples/firearms-linkage.json")]
    public void Check_ShippedExamples_NoProblems(string path)
    {
        var file = Path.Combine(AppContext.BaseDirectory, path);
        Assert.Empty(SettingsCheck.Check(File.ReadAllText(file)));
    }

    [Fact]
    public void Check_MisspeltKey_RefusedWithNearestName()
    {
        var problems = SettingsCheck.Check(Valid.Replace("\"matchThreshold\"", "\"matchTreshold\"", StringComparison.Ordinal));

        var p = Assert.Single(problems);
        Assert.Equal(LinkageErrorCodes.UnknownKey, p.Code);
        Assert.Contains("Did you mean 'matchThreshold'?", p.Message, StringComparison.Ordinal);
        Assert.Equal("matchThreshold", p.Arguments[2]);
    }

    [Fact]
    public void FromJson_MisspeltNestedKey_ThrowsWithCodeAndPath()
    {
        var e = Assert.Throws<LinkageException>(() => LinkageSettings.FromJson(Valid.Replace("\"normalisers\": [\"date\"]", "\"normaliser\": [\"date\"]", StringComparison.Ordinal)));

        Assert.Equal(LinkageErrorCodes.UnknownKey, e.Code);
        Assert.Contains("comparisons[1]", e.Message, StringComparison.Ordinal);
        Assert.Contains("'normalisers'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[0.92, 0.8]", "[0.8, 0.92]", LinkageErrorCodes.LevelOrder)]
    [InlineData("[0.92, 0.8]", "[1.5]", LinkageErrorCodes.OutOfRange)]
    [InlineData("[31, 366]", "[-3, 366]", LinkageErrorCodes.OutOfRange)]
    [InlineData("[31, 366]", "[366, 31]", LinkageErrorCodes.LevelOrder)]
    public void Check_ImpossibleLevels_Refused(string from, string to, string code)
    {
        var problems = SettingsCheck.Check(Valid.Replace(from, to, StringComparison.Ordinal));

        Assert.Equal(code, Assert.Single(problems).Code);
    }

    [Fact]
    public void Check_ThresholdOutOfRangeAndUnknownComparator_ListsEveryProblem()
    {
        var json = Valid.Replace("\"matchThreshold\": 0.9", "\"matchThreshold\": 1.2, \"maxBlockSize\": \"big\"", StringComparison.Ordinal);

        var problems = SettingsCheck.Check(json);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Path == "matchThreshold" && p.Code == LinkageErrorCodes.OutOfRange);
        Assert.Contains(problems, p => p.Path == "maxBlockSize" && p.Code == LinkageErrorCodes.WrongType);
    }

    [Fact]
    public void Check_UnknownComparatorAndNormaliser_SuggestNearest()
    {
        var json = Valid.Replace("\"jaro-winkler\"", "\"jaro-winkle\"", StringComparison.Ordinal).Replace("[\"date\"]", "[\"dates\"]", StringComparison.Ordinal);

        var problems = SettingsCheck.Check(json);

        Assert.Contains(problems, p => p.Path == "comparisons[0].comparator" && p.Message.Contains("'jaro-winkler'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "comparisons[1].normalisers[0]" && p.Message.Contains("'date'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ColumnsOfInput_NamesMissingColumn()
    {
        var problems = SettingsCheck.Check(Valid, ["id", "surname"]);

        Assert.Contains("'dob'", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonSchema_PropertiesMatchSettingsClasses()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(LinkageSettings.JsonSchema);
        var root = schema.RootElement;
        var defs = root.GetProperty("$defs");

        AssertSame(typeof(LinkageSettings), root, "$schema");
        AssertSame(typeof(ComparisonSettings), defs.GetProperty("comparison"));
        AssertSame(typeof(BlockingRuleSettings), defs.GetProperty("blockingRule"));
        AssertSame(typeof(BlockingKeySettings), defs.GetProperty("blockingKey"));
        AssertSame(typeof(ClusteringSettings), defs.GetProperty("clustering"));
    }

    private static void AssertSame(Type type, System.Text.Json.JsonElement schema, params string[] extra)
    {
        var expected = type.GetProperties()
            .Where(p => p.SetMethod is { IsPublic: true } && !p.IsDefined(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), false))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).Concat(extra).Order(StringComparer.Ordinal);
        var actual = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }
}
