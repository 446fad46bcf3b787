using FocalPoint.Data.ReferenceData;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Demo;

/// <summary>
/// Generates deterministic, realistic demo data for 2018 to 2024: the same seed and scale always give the same
/// rows and ids. Rows stream out in batches in time order and only compact state (the identity pool, active groups,
/// the stolen-gun pool) is kept between batches, so memory stays bounded at a million incidents and beyond.
/// </summary>
public sealed class DemoGenerator(ReferenceDataSet reference, DemoOptions options)
{
    /// <summary>The synthetic referrals (sealed area, ADR 0025), apart from the registry's batches.</summary>
    public ReferralDemoSet GenerateReferrals() => new ReferralDemoFactory(reference, options.Seed).Generate();

    /// <summary>The demo CIRAM assessments, with their versions.</summary>
    public List<Domain.Risk.RiskAssessmentVersion> GenerateRiskAssessments() => new AssessmentDemoFactory(reference, options.Seed).Generate();

    /// <summary>The synthetic safety audits and council meetings (municipal community safety).</summary>
    public SafetyDemoSet GenerateSafety() => new SafetyDemoFactory(options.Seed).Generate();

    /// <summary>The batches in insertion order; each call starts again from the seed.</summary>
    public IEnumerable<DemoBatch> Generate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Scale);
        var ctx = new DemoContext(reference, options);
        var traces = new TraceFactory(ctx);
        var routes = new RouteFactory(ctx);
        var items = new ItemFactory(ctx, traces, routes);
        var persons = new PersonFactory(ctx);
        var cases = new CaseFactory(ctx);
        var networks = new NetworkFactory(ctx, persons, cases);
        var organisations = new OrganisationFactory(ctx);
        var incidents = new IncidentFactory(ctx, items, persons, networks, organisations, routes);
        var planner = new MonthPlanner(ctx);
        networks.Initialise();

        var inBatch = 0;
        for (var year = DemoFigures.FirstYear; year <= DemoFigures.LastYear; year++)
        {
            var index = year - DemoFigures.FirstYear;
            var firearms = planner.SplitYear((int)Math.Round(DemoFigures.SeizedFirearms[index] * options.Scale), IncidentKind.Seizure);
            var rounds = planner.SplitYear((int)Math.Round(DemoFigures.SeizedRounds[index] * options.Scale), IncidentKind.Seizure);
            for (var month = 1; month <= 12; month++)
            {
                foreach (var plan in planner.Plan(year, month, firearms[month - 1], rounds[month - 1]))
                {
                    incidents.Build(plan);
                    if (++inBatch >= options.BatchSize)
                    {
                        yield return ctx.Batch;
                        ctx.Batch = new DemoBatch();
                        inBatch = 0;
                    }
                }
            }
        }

        if (inBatch > 0)
        {
            yield return ctx.Batch;
        }
    }
}
