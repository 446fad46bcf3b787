using FocalPoint.Domain.Reference;

namespace FocalPoint.Data.ReferenceData;

/// <summary>
/// The seeded reference data with the fixed ids of the CSV files. Navigation properties are left empty except
/// <see cref="Calibre.Aliases"/>, so the lists can be inserted as they are.
/// </summary>
public sealed record ReferenceDataSet(
    IReadOnlyList<Directorate> Directorates,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<CrossingPoint> CrossingPoints,
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Calibre> Calibres,
    IReadOnlyList<FirearmType> FirearmTypes,
    IReadOnlyList<Make> Makes)
{
    /// <summary>Every alias row of every calibre, in id order.</summary>
    public IEnumerable<CalibreAlias> CalibreAliases => Calibres.SelectMany(c => c.Aliases).OrderBy(a => a.Id);
}
