namespace FocalPoint.Testing;

/// <summary>Finds the checkout (the folder holding FocalPoint.slnx) from wherever the tests run.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "FocalPoint.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FocalPoint.slnx not found above " + AppContext.BaseDirectory);
    }
}
