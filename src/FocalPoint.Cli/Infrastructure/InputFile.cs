namespace FocalPoint.Cli.Infrastructure;

/// <summary>Opens the files a verb reads and writes, turning the usual I/O failures into user errors.</summary>
internal static class InputFile
{
    /// <summary>A read stream, or a user error naming the file when it is missing or unreadable.</summary>
    public static FileStream OpenRead(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new UserErrorException($"File not found: {file.FullName}");
        }

        try
        {
            return new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"Cannot read {file.FullName}: {e.Message}");
        }
    }

    /// <summary>A UTF-8 text reader over <see cref="OpenRead"/>.</summary>
    public static StreamReader OpenText(FileInfo file) => new(OpenRead(file), System.Text.Encoding.UTF8, true, 1 << 16);

    /// <summary>A write stream, or a user error naming the file when its folder is missing or not writable.</summary>
    public static FileStream Create(FileInfo file)
    {
        try
        {
            return new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"Cannot write {file.FullName}: {e.Message}");
        }
    }
}
