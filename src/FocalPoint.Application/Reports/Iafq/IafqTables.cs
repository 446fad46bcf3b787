using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Tracing;

namespace FocalPoint.Application.Reports.Iafq;

/// <summary>Builds the IAFQ tables and the SDG 16.4.2 value from counted facts: no database, so every number can be tested by hand.</summary>
public static class IafqTables
{
    public const string ArmsByType = "ArmsByType";
    public const string SeizuresByContext = "SeizuresByLegalContext";
    public const string AmmunitionAndExplosives = "AmmunitionExplosivesParts";
    public const string Tracing = "Tracing";
    public const string Sdg = "SDG16.4.2";

    private static readonly string[] RecoveryColumns = ["Seized", "Found", "Surrendered", "Total"];

    public static IafqReport Build(int year, IReadOnlyList<ArmFact> arms, IReadOnlyList<TraceFact> traces, ItemFacts items)
    {
        var counted = SdgCounted(arms);
        var indicator = Indicator(arms);
        return new IafqReport(year, [ByType(arms), ByContext(arms), Items(items), TracingTable(arms, traces), SdgTable(counted, indicator)], indicator);
    }

    /// <summary>SDG 16.4.2 over the given arms: the one computation of the indicator, used by every product.</summary>
    public static Sdg1642 Indicator(IReadOnlyList<ArmFact> arms)
    {
        var counted = SdgCounted(arms);
        return new Sdg1642(counted.Count(a => a.Established), counted.Count);
    }

    private static List<ArmFact> SdgCounted(IReadOnlyList<ArmFact> arms) => [.. arms.Where(a => IafqCategories.CountsForSdg(a.Recovery, a.Context))];

    private static StatTable ByType(IReadOnlyList<ArmFact> arms) => new(
        ArmsByType, "Arms seized, found and surrendered, by type", "Type", RecoveryColumns,
        [.. Enum.GetValues<IafqArmType>().Select(t => ByRecovery([$"IafqArmType_{t}"], Label(t), arms.Where(a => a.Type == t).Select(a => (a.Recovery, 1)))),
            ByRecovery(["Iafq_Row_Total"], "Total", arms.Select(a => (a.Recovery, 1)))]);

    private static StatTable ByContext(IReadOnlyList<ArmFact> arms) => new(
        SeizuresByContext, "Seized arms by legal context (SDG 16.4.2 counts criminal offences only)", "Legal context",
        ["Seized arms", "Counted for SDG 16.4.2"],
        [.. Enum.GetValues<LegalContext>().Select(c =>
        {
            var seized = arms.Count(a => a.Recovery == Recovery.Seized && a.Context == c);
            return new StatRow(Label(c), [seized, IafqCategories.CountsForSdg(Recovery.Seized, c) ? seized : 0], [$"LegalContext_{c}"]);
        })]);

    private static StatTable Items(ItemFacts items) => new(
        AmmunitionAndExplosives, "Ammunition (rounds), explosives and parts (pieces)", "Item", RecoveryColumns,
        [
            ByRecovery(["Iafq_Row_Ammunition"], "Ammunition (rounds)", items.Ammunition.Select(a => (a.Recovery, a.Rounds))),
            .. Enum.GetValues<Domain.Items.ExplosiveKind>().Select(k => ByRecovery(["Iafq_Row_Explosive", $"ExplosiveKind_{k}"], $"Explosive: {Label(k)}", items.Explosives.Where(e => e.Kind == k).Select(e => (e.Recovery, e.Count)))),
            .. Enum.GetValues<Domain.Items.ComponentKind>().Select(k => ByRecovery(["Iafq_Row_Part", $"ComponentKind_{k}"], $"Part: {Label(k)}", items.Components.Where(c => c.Kind == k).Select(c => (c.Recovery, c.Count)))),
        ]);

    private static StatTable TracingTable(IReadOnlyList<ArmFact> arms, IReadOnlyList<TraceFact> traces) => new(
        Tracing, "Tracing of the arms recovered in the year", "Measure", ["Count"],
        [
            Row("TracesSent", "Trace requests sent", traces.Count(t => t.Status != TraceStatus.Draft)),
            Row("TracesAnswered", "Trace requests answered", traces.Count(t => t.Status != TraceStatus.Draft && t.Answered)),
            Row("TracesUnanswered", "Trace requests without response", traces.Count(t => t.Status == TraceStatus.Failed && !t.Answered)),
            Row("TracesPending", "Trace requests pending", traces.Count(t => t.Status is TraceStatus.Sent or TraceStatus.Acknowledged && !t.Answered)),
            Row("ArmsRecovered", "Arms recovered", arms.Count),
            Row("ArmsTraced", "Arms traced", arms.Count(a => a.Traced)),
            Row("ArmsNeverTraced", "Arms never traced", arms.Count(a => !a.Traced)),
            Row("DiversionByTracing", "Point of diversion established by tracing", arms.Count(a => a.ByTracing)),
            Row("DiversionByIntelligence", "Point of diversion established by intelligence", arms.Count(a => a.ByIntelligence && !a.ByTracing)),
            Row("DiversionUnknown", "Point of diversion not established", arms.Count(a => !a.Established)),
        ]);

    private static StatTable SdgTable(IReadOnlyList<ArmFact> counted, Sdg1642 indicator) => new(
        Sdg, "SDG indicator 16.4.2: arms whose point of diversion was established", "Arms", ["Established", "Seized, found or surrendered", "Proportion"],
        [
            .. Enum.GetValues<Recovery>().Select(r => SdgRow(r, counted.Where(a => a.Recovery == r).ToList())),
            new StatRow("Total", [indicator.Numerator, indicator.Denominator, indicator.Value ?? 0m], ["Iafq_Row_Total"]),
        ]);

    private static StatRow SdgRow(Recovery recovery, IReadOnlyList<ArmFact> arms)
    {
        var part = new Sdg1642(arms.Count(a => a.Established), arms.Count);
        return new StatRow(recovery.ToString(), [part.Numerator, part.Denominator, part.Value ?? 0m], [$"Iafq_Recovery_{recovery}"]);
    }

    private static StatRow ByRecovery(string[] keys, string label, IEnumerable<(Recovery Recovery, int Count)> items)
    {
        var list = items.ToList();
        var seized = list.Where(i => i.Recovery == Recovery.Seized).Sum(i => i.Count);
        var found = list.Where(i => i.Recovery == Recovery.Found).Sum(i => i.Count);
        var surrendered = list.Where(i => i.Recovery == Recovery.Surrendered).Sum(i => i.Count);
        return new StatRow(label, [seized, found, surrendered, seized + found + surrendered], keys);
    }

    private static StatRow Row(string key, string label, int value) => new(label, [value], [$"Iafq_Row_{key}"]);

    private static string Label(IafqArmType type) => type switch
    {
        IafqArmType.SubMachineGuns => "Sub-machine guns",
        IafqArmType.MachineGuns => "Machine guns",
        _ => type.ToString(),
    };

    /// <summary>Enum names as the questionnaire's English reads: CriminalOffence becomes "Criminal offence".</summary>
    private static string Label(Enum value)
    {
        var name = value.ToString();
        var words = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(name[i - 1]))))
            {
                words.Append(' ');
                words.Append(char.IsUpper(c) ? char.ToLowerInvariant(c) : c);
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }
}
