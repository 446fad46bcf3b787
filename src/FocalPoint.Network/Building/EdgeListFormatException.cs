namespace FocalPoint.Network;

/// <summary>A malformed edge or node list, with the 1-based line where the problem is.</summary>
public sealed class EdgeListFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">Which input: "edges" or "nodes".</param>
    /// <param name="lineNumber">1-based line number.</param>
    /// <param name="problem">What is wrong, for a person to read.</param>
    public EdgeListFormatException(string file, int lineNumber, string problem)
        : base($"{file} line {lineNumber}: {problem}")
    {
        File = file;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>Which input the line is in: "edges" or "nodes".</summary>
    public string File { get; }

    /// <summary>1-based line number.</summary>
    public int LineNumber { get; }

    /// <summary>The problem without the location.</summary>
    public string Problem { get; }
}
