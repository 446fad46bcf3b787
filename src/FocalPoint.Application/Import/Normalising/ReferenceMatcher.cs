using FocalPoint.Application.Registry.Reference;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Application.Import.Normalising;

/// <summary>The registry's reference data as the import looks values up: by every name, script and common misspelling.</summary>
public sealed class ReferenceMatcher(ReferenceSnapshot reference)
{
    public ReferenceSnapshot Reference { get; } = reference;

    public NameIndex<Municipality> Municipalities { get; } = new(
        reference.Municipalities, m => [m.NameSq, m.NameSr, m.NameEn, m.Code], m => m.NameSq);

    public NameIndex<Country> Countries { get; } = new(
        reference.Countries, c => [c.Code, c.Alpha3, c.NameEn, c.NameSq, c.NameSr], c => $"{c.Code} ({c.NameEn})");

    public NameIndex<FirearmType> FirearmTypes { get; } = new(
        reference.FirearmTypes, t => [t.Code, t.NameEn, t.NameSq, t.NameSr, t.Code.Replace('_', ' ')], t => t.NameEn);

    public NameIndex<Make> Makes { get; } = new(reference.Makes, MakeNames, m => m.Name);

    public NameIndex<CrossingPoint> CrossingPoints { get; } = new(
        reference.CrossingPoints, c => [c.Code, c.Name, .. c.Name.Split('/', StringSplitOptions.TrimEntries)], c => c.Name);

    /// <summary>A calibre by any alias; on a miss the canonical calibre with the closest key is suggested.</summary>
    public (Calibre? Match, string? Suggestion) Calibre(string spelling)
    {
        if (Reference.FindCalibre(spelling) is { } calibre)
        {
            return (calibre, null);
        }

        var key = CalibreNames.Key(spelling);
        var best = Reference.CalibreByKey.MinBy(c => TextFold.Distance(key, c.Key, 4));
        return (null, best.Value is not null && TextFold.Distance(key, best.Key, 4) <= 3 ? best.Value.Name : null);
    }

    /// <summary>"CZ (Česká zbrojovka)" is also found as "CZ" and as "Česká zbrojovka".</summary>
    private static IEnumerable<string?> MakeNames(Make make)
    {
        yield return make.Name;
        var open = make.Name.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && make.Name.EndsWith(')'))
        {
            yield return make.Name[..open];
            yield return make.Name[(open + 1)..^1];
        }
    }
}
