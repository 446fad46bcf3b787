using System.Globalization;
using CsvHelper;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>Writes scored pairs and clusters, and reads clusters and truth back for evaluation.</summary>
internal static class LinkageCsv
{
    // No formula-injection escaping: ids must round-trip exactly into `link evaluate` and other tools.
    private static readonly CsvWriterOptions WriteOptions = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        NewLine = "\n",
    };

    private static readonly CsvReaderOptions ReadOptions = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        TrimWhitespace = true,
        TrackLineNumbers = true,
    };

    // Weights in full precision ("R"): probabilities saturate at 1 above ~53 bits, the weights keep ranking such pairs.
    public static void WritePairs(FileInfo file, IReadOnlyList<ScoredPair> pairs, bool named)
    {
        using var csv = CsvWriter.Create(InputFile.Create(file), WriteOptions, leaveOpen: false);
        csv.WriteHeader(named
            ? ["left_id", "right_id", "match_weight", "probability", "log2_bayes_factor", "left_source", "right_source"]
            : ["left_id", "right_id", "match_weight", "probability", "log2_bayes_factor"]);
        foreach (var p in pairs)
        {
            var (ls, l) = named ? SourceTable.Split(p.LeftId) : ("", p.LeftId);
            var (rs, r) = named ? SourceTable.Split(p.RightId) : ("", p.RightId);
            csv.WriteField(l);
            csv.WriteField(r);
            csv.WriteField(p.MatchWeight, "R");
            csv.WriteField(p.Probability, "R");
            csv.WriteField(p.BayesFactorWeight, "R");
            if (named)
            {
                csv.WriteField(ls);
                csv.WriteField(rs);
            }

            csv.EndRecord();
        }
    }

    public static void WriteClusters(FileInfo file, ClusterSet clusters, bool named)
    {
        using var csv = CsvWriter.Create(InputFile.Create(file), WriteOptions, leaveOpen: false);
        csv.WriteHeader(named ? ["record_id", "cluster_id", "source"] : ["record_id", "cluster_id"]);
        foreach (var cluster in clusters.Clusters)
        {
            foreach (var member in cluster.MemberIds)
            {
                if (named)
                {
                    var (source, id) = SourceTable.Split(member);
                    csv.WriteRecord([id, cluster.Id, source]);
                }
                else
                {
                    csv.WriteRecord([member, cluster.Id]);
                }
            }
        }
    }

    /// <summary>
    /// Reads a two-column map (record id to cluster or entity id). A "kind" column, as the demo's truth file has,
    /// is filtered by <paramref name="kind"/>; without a filter the file must hold one kind only, because person
    /// and firearm ids overlap.
    /// </summary>
    public static Dictionary<string, string> ReadMap(FileInfo file, string valueColumn, string? kind)
    {
        using var csv = CsvReader.Create(InputFile.OpenRead(file), ReadOptions, leaveOpen: false);
        try
        {
            var header = csv.Headers;
            var record = Column(file, header, "record_id");
            var value = Column(file, header, valueColumn);
            var kindColumn = IndexOf(header, "kind");
            var sourceColumn = IndexOf(header, "source");
            if (kind is not null && kindColumn < 0)
            {
                throw new UserErrorException($"{file.Name} has no 'kind' column to filter with --kind {kind}.");
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            var kinds = new SortedSet<string>(StringComparer.Ordinal);
            while (csv.Read())
            {
                if (kindColumn >= 0)
                {
                    var k = csv.GetString(kindColumn);
                    if (kinds.Add(k) && kind is null && kinds.Count > 1)
                    {
                        throw new UserErrorException($"{file.Name} holds several kinds ({string.Join(", ", kinds)}): choose one with --kind.");
                    }

                    if (kind is not null && !string.Equals(k, kind, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }
                }

                var id = sourceColumn < 0 ? csv.GetString(record) : SourceTable.Qualify(csv.GetString(sourceColumn), csv.GetString(record));
                if (!map.TryAdd(id, csv.GetString(value)))
                {
                    throw new UserErrorException($"{file.Name} line {csv.LineNumber}: record '{id}' appears twice.");
                }
            }

            return map;
        }
        catch (CsvFormatException e)
        {
            throw new UserErrorException($"{file.Name}: {e.Message}");
        }
    }

    /// <summary>Reads a pair list (left_id,right_id[,probability][,left_source,right_source]); without a probability every pair counts as 1.</summary>
    public static List<(string Left, string Right, double Probability)> ReadPairs(FileInfo file)
    {
        using var csv = CsvReader.Create(InputFile.OpenRead(file), ReadOptions, leaveOpen: false);
        try
        {
            var header = csv.Headers;
            var (left, right) = (Column(file, header, "left_id"), Column(file, header, "right_id"));
            var probability = IndexOf(header, "probability");
            var (ls, rs) = (IndexOf(header, "left_source"), IndexOf(header, "right_source"));
            var pairs = new List<(string, string, double)>();
            while (csv.Read())
            {
                var l = ls < 0 ? csv.GetString(left) : SourceTable.Qualify(csv.GetString(ls), csv.GetString(left));
                var r = rs < 0 ? csv.GetString(right) : SourceTable.Qualify(csv.GetString(rs), csv.GetString(right));
                var p = 1.0;
                if (probability >= 0 && !double.TryParse(csv.GetString(probability), NumberStyles.Float, CultureInfo.InvariantCulture, out p))
                {
                    throw new UserErrorException($"{file.Name} line {csv.LineNumber}: probability '{csv.GetString(probability)}' is not a number.");
                }

                pairs.Add((l, r, p));
            }

            return pairs;
        }
        catch (CsvFormatException e)
        {
            throw new UserErrorException($"{file.Name}: {e.Message}");
        }
    }

    private static int Column(FileInfo file, IReadOnlyList<string> header, string name)
    {
        var i = IndexOf(header, name);
        return i >= 0 ? i : throw new UserErrorException(
            $"{file.Name} has no '{name}' column. Columns: {string.Join(", ", header)}.");
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
