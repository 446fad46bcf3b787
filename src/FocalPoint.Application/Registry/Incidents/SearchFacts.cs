using FocalPoint.Data;
using FocalPoint.Data.Protection;
using FocalPoint.Linkage;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>
/// The reference-data names a search word can mean: municipalities (Albanian, Serbian, English; Cyrillic typed is read
/// as Serbian Latin), firearm types in three languages, makes, calibres and their aliases. A word matches a name when
/// one of the name's words begins with it, directly or through the linkage spelling key (so "Prishtina" finds
/// Priština); the match is the fact's index term (<see cref="FieldIndex.Fact"/>).
/// </summary>
internal sealed class SearchFacts
{
    private readonly List<(SearchFact Kind, int Id, string[] Words, string[] Keys)> names = [];

    public static async Task<SearchFacts> LoadAsync(FocalPointDbContext db, CancellationToken cancellationToken)
    {
        var facts = new SearchFacts();
        foreach (var m in await db.Municipalities.AsNoTracking().Select(m => new { m.Id, m.NameSq, m.NameSr, m.NameEn }).ToListAsync(cancellationToken))
        {
            facts.Add(SearchFact.Municipality, m.Id, m.NameSq, m.NameSr, m.NameEn);
        }

        foreach (var t in await db.FirearmTypes.AsNoTracking().Select(t => new { t.Id, t.NameSq, t.NameSr, t.NameEn }).ToListAsync(cancellationToken))
        {
            facts.Add(SearchFact.FirearmType, t.Id, t.NameSq, t.NameSr, t.NameEn);
        }

        foreach (var make in await db.Makes.AsNoTracking().Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
        {
            facts.Add(SearchFact.Make, make.Id, make.Name);
        }

        foreach (var c in await db.Calibres.AsNoTracking().Select(c => new { c.Id, c.Name, Aliases = c.Aliases.Select(a => a.Alias).ToList() }).ToListAsync(cancellationToken))
        {
            facts.Add(SearchFact.Calibre, c.Id, [c.Name, .. c.Aliases]);
        }

        return facts;
    }

    /// <summary>The index terms of every fact whose name the (search-folded) word begins.</summary>
    public IEnumerable<long> Match(string word, FieldIndex index)
    {
        var key = Normalisers.SpellingKey(word);
        return names
            .Where(n => n.Words.Any(w => w.StartsWith(word, StringComparison.Ordinal))
                || (key.Length >= FieldIndex.MinWordLength && n.Keys.Any(k => k.StartsWith(key, StringComparison.Ordinal))))
            .Select(n => index.Fact(n.Kind, n.Id));
    }

    private void Add(SearchFact kind, int id, params string[] spellings)
    {
        var words = spellings.SelectMany(s => Normalisers.SearchFold(s).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).ToArray();
        names.Add((kind, id, words, words.Select(w => Normalisers.SpellingKey(w)).ToArray()));
    }
}
