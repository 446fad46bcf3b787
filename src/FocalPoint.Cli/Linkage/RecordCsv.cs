using System.Globalization;
using CsvHelper;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>Reads any CSV with a header row into a <see cref="RecordTable"/>, every column as text.</summary>
internal static class RecordCsv
{
    // The separator is detected (comma, semicolon, tab, pipe) because agencies export with whatever Excel gives them.
    private static readonly CsvReaderOptions Options = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        TrimWhitespace = true,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        TrackLineNumbers = true,
    };

    /// <summary>The header of <paramref name="file"/>, so settings can be checked before the records are read.</summary>
    public static IReadOnlyList<string> Header(FileInfo file)
    {
        using var csv = CsvReader.Create(InputFile.OpenRead(file), Options, leaveOpen: false);
        return Guard<IReadOnlyList<string>>(file, () => [.. csv.Headers]);
    }

    public static RecordTable Read(FileInfo file)
    {
        using var csv = CsvReader.Create(InputFile.OpenRead(file), Options, leaveOpen: false);
        return Guard(file, () =>
        {
            if (csv.Headers.Count == 0)
            {
                throw new UserErrorException($"{file.Name} is empty: a header row naming the columns is required.");
            }

            var table = new RecordTable(csv.Headers);
            var row = new string?[csv.Headers.Count];
            while (csv.Read())
            {
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = csv.GetString(i);
                }

                table.Add(row);
            }

            return table;
        });
    }

    private static T Guard<T>(FileInfo file, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (LinkageException e)
        {
            throw new UserErrorException($"{file.Name}: {CliText.Message(e)}");
        }
        catch (CsvFormatException e)
        {
            throw new UserErrorException($"{file.Name}: {e.Message}");
        }
    }
}
