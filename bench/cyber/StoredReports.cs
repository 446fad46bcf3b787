using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace FocalPoint.Bench.Cyber;

internal sealed record StoredCount(int Lost, int Duplicated, int Unacknowledged);

/// <summary>What the database holds after the run, against what the senders were told; and the plain-SQLite reference.</summary>
internal static class StoredReports
{
    public static StoredCount Count(string databaseFile, IReadOnlySet<string> accepted)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Title\" FROM \"CyberIncidents\" WHERE \"Title\" LIKE 'bench %' AND \"Title\" <> 'bench warm-up'";
        var titles = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                titles.Add(reader.GetString(0));
            }
        }

        var distinct = titles.ToHashSet(StringComparer.Ordinal);
        return new StoredCount(accepted.Count(t => !distinct.Contains(t)), titles.Count - distinct.Count, distinct.Count(t => !accepted.Contains(t)));
    }

    /// <summary>One INSERT and one durable commit per row on SQLite WAL: the ceiling a one-row-per-report store meets.</summary>
    public static double ReferenceCommitsPerSecond(string file, TimeSpan duration)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE IF NOT EXISTS reports (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL);";
            setup.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO reports (title, body) VALUES ($t, $b)";
        var title = insert.Parameters.Add("$t", SqliteType.Text);
        var body = insert.Parameters.Add("$b", SqliteType.Text);
        insert.Prepare();
        var clock = Stopwatch.StartNew();
        var rows = 0;
        while (clock.Elapsed < duration)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            title.Value = "reference " + rows;
            body.Value = "Load test report: an SMS linking to a fake bank page.";
            insert.ExecuteNonQuery();
            transaction.Commit();
            rows++;
        }

        return rows / clock.Elapsed.TotalSeconds;
    }
}
