using FocalPoint.Cli.Infrastructure;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>
/// The input files of a link run: PATH or NAME=PATH. One unnamed file is deduplicated as before; two or more files
/// (or any named one) are named sources, each with its own id space, and records are written "source:id" inside
/// and as source,record_id columns in the output files.
/// </summary>
internal sealed class LinkInputs
{
    private LinkInputs(List<(string Name, FileInfo File)> files, bool named)
    {
        Files = files;
        Named = named;
    }

    public List<(string Name, FileInfo File)> Files { get; }

    /// <summary>True when records carry a source name (several inputs, or a NAME=PATH).</summary>
    public bool Named { get; }

    public static LinkInputs Parse(IReadOnlyList<string> arguments)
    {
        if (arguments.Count == 0) throw new UserErrorException("Give at least one input CSV file (PATH or NAME=PATH).");
        var files = new List<(string, FileInfo)>();
        var named = arguments.Count > 1;
        foreach (var argument in arguments)
        {
            var eq = argument.IndexOf('=', StringComparison.Ordinal);
            // A Windows drive letter or a path with '=' later in it is still a path when the part before is not a plain name.
            if (eq > 0 && !argument[..eq].Contains(Path.DirectorySeparatorChar) && !File.Exists(argument))
            {
                files.Add((argument[..eq], new FileInfo(argument[(eq + 1)..])));
                named = true;
            }
            else
            {
                files.Add((Path.GetFileNameWithoutExtension(argument), new FileInfo(argument)));
            }
        }
        var duplicate = files.GroupBy(f => f.Item1, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new UserErrorException($"Two inputs are named '{duplicate.Key}': name them NAME=PATH.");
        return new LinkInputs(files, named);
    }

    public IReadOnlyList<SourceTable> Read() => [.. Files.Select(f => new SourceTable(f.Name, RecordCsv.Read(f.File)))];

    /// <summary>Runs the linker as the inputs ask: one table deduplicated, or named sources linked.</summary>
    public LinkageResult Run(Linker linker, IReadOnlyList<SourceTable> tables, LinkOptions options) =>
        Named ? linker.LinkSources(tables, options) : linker.Deduplicate(tables[0].Records, options);

    public LinkageModel Train(Linker linker, IReadOnlyList<SourceTable> tables, IReadOnlyList<PairLabel> labels) =>
        Named ? linker.Train(tables, labels) : linker.Train(tables[0].Records, labels);
}
