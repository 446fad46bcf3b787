using System.ComponentModel.DataAnnotations;

namespace FocalPoint.Data.Setup;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

/// <summary>Bound from the "Database" section; validated at start so a bad setting stops the start.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Used when no "ConnectionStrings:FocalPoint" is given and the provider is SQLite.</summary>
    [Required]
    public string SqliteFile { get; set; } = "data/focalpoint.db";

    /// <summary>Fill an empty database with demo data on start.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Resolve the demo's persons and firearms into entities right after seeding them.</summary>
    public bool ResolveDemoData { get; set; } = true;

    public int DemoSeed { get; set; } = 20181;

    [Range(0.001, 1000)]
    public double DemoScale { get; set; } = 1.0;
}
