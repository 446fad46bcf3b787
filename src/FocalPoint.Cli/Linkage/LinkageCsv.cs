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

    public static void WritePairs(FileInfo file, IReadOnlyList<ScoredPair> pairs)
    {
        using var csv = CsvWriter.Create(InputFile.Create(file), WriteOptions, leaveOpen: false);
        csv.WriteHeader(["left_id", "right_id", "match_weight", "probability"]);
        foreach (var p in pairs)
        {
            csv.WriteField(p.LeftId);
            csv.WriteField(p.RightId);
            csv.WriteField(p.MatchWeight, "0.####");
            csv.WriteField(p.Probability, "0.######");
            csv.EndRecord();
        }
    }

    public static void WriteClusters(FileInfo file, ClusterSet clusters)
    {
        using var csv = CsvWriter.Create(InputFile.Create(file), WriteOptions, leaveOpen: false);
        csv.WriteHeader(["record_id", "cluster_id"]);
        foreach (var cluster in clusters.Clusters)
        {
            foreach (var member in cluster.MemberIds)
            {
                csv.WriteRecord([member, cluster.Id]);
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

                var id = csv.GetString(record);
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
