using FocalPoint.Application.Common;
using FocalPoint.Application.Risk;
using FocalPoint.Application.Risk.Assessments;
using FocalPoint.Application.Security;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Risk;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Risk;

/// <summary>CIRAM assessments: versions that are never edited, scores by the named rule, refusals, reach, and suggestions from the registry.</summary>
public sealed class RiskAssessmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly UserAccess Officer = new("officer", new HashSet<string> { "BorderOfficer" }, ReportingAgency.BorderPolice, new HashSet<long>());
    private const int Hani = 4;

    private static AssessmentInput AtHani(string? key = null, int likelihood = 4, string rule = "matrix", int ruleVersion = 1) => new(
        key, "Hani i Elezit, road traffic", AssessmentSubject.CrossingPoint, Hani, null, null, rule, ruleVersion, 5,
        new RatedInput(5, "Two large seizures this year", "Incidents 2025-0012, 2025-0140"),
        new RatedInput(likelihood, "Routes still active", null),
        new RatedInput(3, "Night shifts thin", "Staffing plan"),
        new RatedInput(4, "Automatic weapons", null));

    private static async Task<T> As<T, THandler>(TestDatabase db, UserAccess user, Func<THandler, Task<T>> action) where THandler : notnull
    {
        await using var services = TestServices.For(db, access: user, time: new ManualClock(Now));
        return await services.RunAsync(action);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_TwiceUnderOneKey_KeepsBothVersionsScoredByTheirRuleAsComputedByHand(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var first = await As<CommandResult<string>, SaveRiskAssessment>(db, TestUsers.Analyst(), s => s.HandleAsync(AtHani()));
        var second = await As<CommandResult<string>, SaveRiskAssessment>(db, TestUsers.Analyst(), s => s.HandleAsync(AtHani(first.Value, likelihood: 2, rule: "product", ruleVersion: 2)));

        Assert.Equal("A001", first.Value);
        Assert.Equal("A001", second.Value);
        var history = await As<AssessmentHistory?, GetRiskAssessment>(db, TestUsers.Analyst(), g => g.HandleAsync("A001"));
        Assert.Equal([2, 1], history!.Versions.Select(v => v.Number));
        var v1 = history.Version(1)!;
        var v2 = history.Version(2)!;
        // Matrix (rounded-up mean): threat = m[5,4] = 5, exposure = m[5,3] = 4, risk = m[4,4] = 4 -> (4-1)/(5-1) = 0.75: critical.
        Assert.Equal(0.75, v1.Score, 6);
        Assert.Equal(3, v1.Level);
        Assert.Equal(4, v1.Likelihood);
        // Geometric mean: (5/5 x 2/5 x 3/5 x 4/5) ^ 1/4 = 0.192 ^ 0.25 = 0.6620: high.
        Assert.Equal(0.6620, v2.Score, 4);
        Assert.Equal(2, v2.Level);
        Assert.Contains("^ (1/4)", v2.Steps, StringComparison.Ordinal);
        Assert.Equal("Hani i Elezit, road traffic", v2.Title);
        Assert.StartsWith("HAN ", history.SubjectName, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_MissingRationaleValueOffScaleOrNoWeights_IsRefusedFieldByFieldAndNothingSaved(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var input = AtHani() with
        {
            Impact = new RatedInput(7, " ", null),
            Magnitude = new RatedInput(5, "<script>alert(1)</script>", null),
        };
        var noWeights = AtHani(rule: "weighted-sum") with { Weights = [0, 0, 0, 0] };
        var noPoint = AtHani() with { CrossingPointId = 999 };

        var refused = await As<CommandResult<string>, SaveRiskAssessment>(db, TestUsers.Analyst(), s => s.HandleAsync(input));
        var weights = await As<CommandResult<string>, SaveRiskAssessment>(db, TestUsers.Analyst(), s => s.HandleAsync(noWeights));
        var point = await As<CommandResult<string>, SaveRiskAssessment>(db, TestUsers.Analyst(), s => s.HandleAsync(noPoint));

        Assert.Equal(Messages.Between.Code, Assert.Single(refused.Errors!.For("Impact")).Code);
        Assert.Equal(Messages.Required.Code, Assert.Single(refused.Errors.For("ImpactRationale")).Code);
        Assert.Equal(Messages.NoMarkup.Code, Assert.Single(refused.Errors.For("MagnitudeRationale")).Code);
        Assert.Equal(RiskMessages.AssessmentRefused.Code, Assert.Single(weights.Errors!.For("Rule")).Code);
        Assert.Equal(Messages.Required.Code, Assert.Single(point.Errors!.For("CrossingPointId")).Code);
        await using var context = db.CreateContext();
        Assert.False(await context.RiskAssessments.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reach_BorderOfficerReadsButCannotWrite_AndNeverSeesAnH3Assessment(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await As<CommandResult<string>, SaveRiskAssessment>(db, TestUsers.Analyst(), s => s.HandleAsync(AtHani()));
        await As<CommandResult<string>, SaveRiskAssessment>(db, TestUsers.Analyst(), s => s.HandleAsync(AtHani() with { HandlingCode = HandlingCode.H3, Title = "Source-protected" }));

        var write = await As<CommandResult<string>, SaveRiskAssessment>(db, Officer, s => s.HandleAsync(AtHani()));
        var officerList = await As<IReadOnlyList<AssessmentSummary>?, ListRiskAssessments>(db, Officer, l => l.HandleAsync());
        var officerH3 = await As<AssessmentHistory?, GetRiskAssessment>(db, Officer, g => g.HandleAsync("A002"));
        var analystList = await As<IReadOnlyList<AssessmentSummary>?, ListRiskAssessments>(db, TestUsers.Analyst(), l => l.HandleAsync());
        var coordinator = await As<IReadOnlyList<AssessmentSummary>?, ListRiskAssessments>(db,
            new UserAccess("mc", new HashSet<string> { "MunicipalCoordinator" }, null, new HashSet<long>()), l => l.HandleAsync());

        Assert.True(write.NotFound);
        Assert.Equal(["A001"], officerList!.Select(a => a.AssessmentKey));
        Assert.Null(officerH3);
        Assert.Equal(2, analystList!.Count);
        Assert.Null(coordinator);
        // The map places a crossing point at its coordinates.
        Assert.Equal(42.147, officerList![0].Latitude!.Value, 3);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Suggest_CrossingPointWithDetections_GivesTheTrendAndSeizuresCountedByHandWithTheirQueries(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        // Latest incident 2025-06-30: this year's window is 2024-07-01..2025-06-30, the year before 2023-07-01..2024-06-30.
        await AddAsync(db, new DateOnly(2025, 6, 30), IncidentKind.CrossingPointDetection, municipality: 37, crossingPoint: Hani);
        await AddAsync(db, new DateOnly(2025, 1, 10), IncidentKind.Seizure, municipality: 37, crossingPoint: Hani);
        await AddAsync(db, new DateOnly(2024, 3, 1), IncidentKind.Seizure, municipality: 37, crossingPoint: Hani);
        await AddAsync(db, new DateOnly(2025, 2, 1), IncidentKind.Seizure, municipality: 37, crossingPoint: null);
        // Four at Prizren's border municipality (18 has two crossing points): the highest.
        for (var i = 1; i <= 4; i++) await AddAsync(db, new DateOnly(2025, 3, i), IncidentKind.TraffickingAttempt, municipality: 18, crossingPoint: null);
        // Not a border kind: left out of magnitude.
        await AddAsync(db, new DateOnly(2025, 3, 5), IncidentKind.Suicide, municipality: 37, crossingPoint: null);

        var suggestions = await As<IReadOnlyList<InputSuggestion>?, SuggestAssessmentInputs>(db, TestUsers.Analyst(),
            s => s.HandleAsync(new SuggestionRequest(AssessmentSubject.CrossingPoint, Hani, null, 5)));
        var route = await As<IReadOnlyList<InputSuggestion>?, SuggestAssessmentInputs>(db, TestUsers.Analyst(),
            s => s.HandleAsync(new SuggestionRequest(AssessmentSubject.Route, null, null, 5)));

        var trend = suggestions!.Single(s => s.Figure == SuggestionFigure.TrendOfDetections);
        Assert.Equal((2.0, 1.0), (trend.Value, trend.Reference));
        Assert.Equal(new DateOnly(2024, 7, 1), trend.From);
        // Doubling gives the top of the scale.
        Assert.Equal(5, trend.Suggested);
        Assert.Contains("SELECT", trend.Query, StringComparison.OrdinalIgnoreCase);
        var seizures = suggestions!.Single(s => s.Figure == SuggestionFigure.SeizuresNearTheBorder);
        Assert.Equal((3.0, 4.0), (seizures.Value, seizures.Reference));
        Assert.Equal(4, seizures.Suggested);
        Assert.Null(suggestions!.Single(s => s.Figure == SuggestionFigure.TrafficVolume).Suggested);
        Assert.Empty(route!);
    }

    [Theory]
    [InlineData(10, 10, 3)]
    [InlineData(20, 10, 5)]
    [InlineData(5, 10, 1)]
    [InlineData(15, 10, 4)]
    public void TrendValue_OnAOneToFiveScale_SteadyIsTheMiddleDoublingTheTopHalvingTheBottom(int current, int previous, int expected) =>
        Assert.Equal(expected, SuggestAssessmentInputs.TrendValue(current, previous, 5));

    private static async Task AddAsync(TestDatabase database, DateOnly on, IncidentKind kind, int municipality, int? crossingPoint)
    {
        await using var db = database.CreateContext();
        db.Incidents.Add(new Incident
        {
            Reference = $"T-{Guid.NewGuid():N}"[..20], Kind = kind, OccurredOn = on, OccurredAtUtc = on.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            MunicipalityId = municipality, CrossingPointId = crossingPoint, DirectorateId = 1, ReportingAgency = ReportingAgency.BorderPolice,
            LegalContext = LegalContext.CriminalOffence, Narrative = "Detection.", Tlp = Tlp.Green, HandlingCode = HandlingCode.H1,
        });
        await db.SaveChangesAsync();
    }
}
