using FocalPoint.Data.ReferenceData;
using FocalPoint.Domain.Common;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Application.Demo;

/// <summary>State shared by the demo factories during one run: the random source, id counters, lookups and the open batch.</summary>
internal sealed class DemoContext
{
    public const string CreatedBy = "demo";

    public DemoContext(ReferenceDataSet reference, DemoOptions options)
    {
        Options = options;
        Random = new Random(options.Seed);
        Markings = new Random(options.Seed ^ 0x5A5A);
        Serials = new Random(options.Seed ^ 0x5E41);
        Routes = new Random(options.Seed ^ 0x7207);
        Tracing = new Random(options.Seed ^ 0x7ACE);
        Reference = reference;
        Municipalities = [.. reference.Municipalities.OrderBy(m => m.Id)];
        MunicipalityById = Municipalities.ToDictionary(m => m.Id);
        CrossingPoints = [.. reference.CrossingPoints.OrderBy(c => c.Id)];
        MakeIds = reference.Makes.ToDictionary(m => m.Name, m => m.Id, StringComparer.Ordinal);
        MakeCountry = reference.Makes.ToDictionary(m => m.Id, m => m.Country);
        CalibreIds = reference.Calibres.ToDictionary(c => c.Name, c => c.Id, StringComparer.Ordinal);
        TypeIds = reference.FirearmTypes.ToDictionary(t => t.Code, t => t.Id, StringComparer.Ordinal);
        DirectorateNames = reference.Directorates.ToDictionary(d => d.Id, d => d.NameEn);
        PopulationCumulative = Cumulative(Municipalities.Select(m => (double)m.Population));
    }

    public DemoOptions Options { get; }
    public Random Random { get; }

    /// <summary>
    /// A second stream for TLP and handling markings, so that adding markings did not shift every other draw
    /// (and with it the published yearly totals the main stream is tuned to).
    /// </summary>
    public Random Markings { get; }

    /// <summary>
    /// A third stream for serial redraws and for how a re-seen gun's serial is read, added for entity resolution: it
    /// leaves the main stream, and so every published total, exactly as it was.
    /// </summary>
    public Random Serials { get; }

    /// <summary>
    /// A fourth stream for where arms came from (crossing points of seizures, countries of last legal import), added
    /// for the weapon flows: like the others it leaves the main stream and every published total as they were.
    /// </summary>
    public Random Routes { get; }

    /// <summary>A fifth stream for the tracing lifecycle (answer times per destination, acknowledgements, sale dates), added for issue 12.</summary>
    public Random Tracing { get; }
    public ReferenceDataSet Reference { get; }
    public Municipality[] Municipalities { get; }
    public Dictionary<int, Municipality> MunicipalityById { get; }
    public CrossingPoint[] CrossingPoints { get; }
    public Dictionary<string, int> MakeIds { get; }
    public Dictionary<int, string?> MakeCountry { get; }
    public Dictionary<string, int> CalibreIds { get; }
    public Dictionary<string, int> TypeIds { get; }
    public Dictionary<int, string> DirectorateNames { get; }
    public double[] PopulationCumulative { get; }
    public DemoIds Ids { get; } = new();
    public DemoBatch Batch { get; set; } = new();

    public int CalibreId(string name) =>
        CalibreIds.TryGetValue(name, out var id) ? id : throw new InvalidOperationException($"Calibre {name} is not in the reference data.");

    public int MakeId(string name) =>
        MakeIds.TryGetValue(name, out var id) ? id : throw new InvalidOperationException($"Make {name} is not in the reference data.");

    public int TypeId(string code) =>
        TypeIds.TryGetValue(code, out var id) ? id : throw new InvalidOperationException($"Firearm type {code} is not in the reference data.");

    /// <summary>Stamps a new row as the generator's: version 1, created shortly after <paramref name="occurredUtc"/>.</summary>
    public T Stamp<T>(T entity, long id, DateTime occurredUtc)
        where T : AuditableEntity
    {
        entity.Id = id;
        entity.CreatedAtUtc = occurredUtc.AddMinutes(20 + Random.Next(600));
        entity.CreatedBy = CreatedBy;
        entity.Version = 1;
        return entity;
    }

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>Index drawn with probability proportional to the weights whose running sums are given.</summary>
    public int PickWeighted(double[] cumulative)
    {
        var x = Random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, x);
        return index >= 0 ? Math.Min(index + 1, cumulative.Length - 1) : ~index;
    }

    public static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0.0;
        return [.. weights.Select(w => sum += w)];
    }
}

/// <summary>One increasing id counter per table, so that the data layer can insert the rows as they are.</summary>
internal sealed class DemoIds
{
    public long Incident;
    public long Firearm;
    public long PhysicalFirearm;
    public long Ammunition;
    public long Explosive;
    public long Component;
    public long Person;
    public long IncidentPerson;
    public long Organisation;
    public long Vehicle;
    public long Communication;
    public long Location;
    public long Link;
    public long Case;
    public long CaseHistory;
    public long TraceRequest;
    public long TraceResult;
    public long BallisticExamination;
    public long BallisticLead;
}
