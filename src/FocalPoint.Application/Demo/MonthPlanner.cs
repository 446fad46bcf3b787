using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Demo;

/// <summary>Plans the incidents of one month: how many of each kind, when, and how the seizure quotas are shared.</summary>
internal sealed class MonthPlanner(DemoContext ctx)
{
    private readonly List<PlannedIncident> plan = [];

    /// <summary>Splits a yearly total over the twelve months by season, exactly (largest remainder).</summary>
    public int[] SplitYear(int total, IncidentKind kind)
    {
        var season = DemoFigures.Season(kind);
        var weights = season.Select(w => w * (0.9 + 0.2 * ctx.Random.NextDouble())).ToArray();
        var sum = weights.Sum();
        var shares = weights.Select(w => total * w / sum).ToArray();
        var months = shares.Select(s => (int)Math.Floor(s)).ToArray();
        var order = Enumerable.Range(0, 12).OrderByDescending(i => shares[i] - months[i]).ThenBy(i => i).ToArray();
        var missing = total - months.Sum();
        for (var k = 0; k < missing; k++)
        {
            months[order[k % 12]]++;
        }

        return months;
    }

    /// <summary>The month's incidents in time order; seizure firearms and rounds add up to the quotas exactly.</summary>
    public List<PlannedIncident> Plan(int year, int month, int firearms, int rounds)
    {
        plan.Clear();
        foreach (var (kind, perYear) in DemoFigures.YearlyIncidents)
        {
            var expected = perYear * ctx.Options.Scale * DemoFigures.Season(kind)[month - 1] / 12.0;
            var count = (int)Math.Floor(expected + ctx.Random.NextDouble());
            for (var i = 0; i < count; i++)
            {
                plan.Add(new PlannedIncident(When(year, month, kind), kind, -1, 0));
            }
        }

        AddSeizures(year, month, firearms, rounds);
        plan.Sort((a, b) => a.Local.CompareTo(b.Local));
        return plan;
    }

    private void AddSeizures(int year, int month, int firearms, int rounds)
    {
        var rng = ctx.Random;
        var withFirearms = firearms == 0 ? 0 : Math.Max(1, (int)Math.Round(firearms / 1.8));
        var withoutFirearms = (int)Math.Floor(withFirearms * 0.09 + rng.NextDouble());
        var count = withFirearms + withoutFirearms;
        if (count == 0)
        {
            return;
        }

        var guns = new int[count];
        for (var i = 0; i < withFirearms; i++)
        {
            guns[i] = 1;
        }

        // Most seizures are one gun; now and then a cache takes a dozen at once.
        for (var left = firearms - withFirearms; left > 0;)
        {
            var take = rng.Next(100) < 4 ? Math.Min(left, rng.Next(4, 16)) : 1;
            guns[rng.Next(withFirearms)] += take;
            left -= take;
        }

        var ammo = ShareRounds(guns, rounds);
        for (var i = 0; i < count; i++)
        {
            plan.Add(new PlannedIncident(When(year, month, IncidentKind.Seizure), IncidentKind.Seizure, guns[i], ammo[i]));
        }
    }

    private int[] ShareRounds(int[] guns, int rounds)
    {
        var rng = ctx.Random;
        var weights = new double[guns.Length];
        for (var i = 0; i < guns.Length; i++)
        {
            var carries = guns[i] == 0 ? rng.Next(100) < 85 : rng.Next(100) < 45;
            weights[i] = carries ? Math.Exp(rng.NextDouble() * 4.5) : 0;
        }

        if (weights.Sum() == 0)
        {
            weights[0] = 1;
        }

        var total = weights.Sum();
        var result = weights.Select(w => (int)Math.Floor(rounds * w / total)).ToArray();
        var carriers = Enumerable.Range(0, guns.Length).Where(i => weights[i] > 0).ToArray();
        var missing = rounds - result.Sum();
        for (var k = 0; k < missing; k++)
        {
            result[carriers[k % carriers.Length]]++;
        }

        return result;
    }

    private DateTime When(int year, int month, IncidentKind kind)
    {
        var rng = ctx.Random;
        var days = DateTime.DaysInMonth(year, month);
        var day = 1 + rng.Next(days);
        if (kind == IncidentKind.CelebratoryShooting)
        {
            // New Year's night, Flag Day (28 November) and summer weekends carry most celebratory shooting.
            if (month == 1 && rng.Next(100) < 55)
            {
                return new DateTime(year, 1, 1, rng.Next(0, 3), rng.Next(60), 0, DateTimeKind.Unspecified);
            }

            if (month == 12 && rng.Next(100) < 50)
            {
                return new DateTime(year, 12, 31, rng.Next(20, 24), rng.Next(60), 0, DateTimeKind.Unspecified);
            }

            if (month == 11 && rng.Next(100) < 35)
            {
                day = 28;
            }
            else if (month is >= 6 and <= 8)
            {
                var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
                day = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || rng.Next(3) == 0 ? day : Math.Min(days, day + 6 - (int)date.DayOfWeek);
            }
        }

        var hour = kind switch
        {
            IncidentKind.Seizure => rng.Next(100) < 70 ? rng.Next(6, 18) : rng.Next(24),
            IncidentKind.CelebratoryShooting or IncidentKind.ShootingOrMisuse => rng.Next(100) < 75 ? (18 + rng.Next(9)) % 24 : rng.Next(24),
            IncidentKind.VoluntarySurrender or IncidentKind.Found => rng.Next(8, 17),
            _ => rng.Next(24),
        };
        return new DateTime(year, month, day, hour, rng.Next(60), 0, DateTimeKind.Unspecified);
    }
}
