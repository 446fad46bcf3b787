using System.CommandLine;
using System.Globalization;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using Microsoft.Data.Sqlite;

namespace FocalPoint.Cli.Audit;

/// <summary>`focalpoint audit verify`: walks the audit log's hash chain and anchors, exit 0 when intact, 1 at the first problem.</summary>
public static class AuditCommand
{
    /// <summary>The same setting the web app reads (Audit:AnchorKey), as an environment variable.</summary>
    public const string AnchorKeyVariable = "Audit__AnchorKey";

    public static Command Create()
    {
        var database = new DatabaseArguments();
        var keyFile = new Option<FileInfo?>("--anchor-key-file")
        {
            Description = $"The anchor key file the web app keeps (default data/audit-anchor.key when present). {AnchorKeyVariable} in the environment takes precedence.",
        };
        var verify = new Command("verify", "Check that no audit entry was altered, removed or reordered and that the tail was not cut off.") { keyFile };
        database.AddTo(verify);
        verify.SetAction(async (parse, cancellationToken) =>
        {
            RequireExistingSqliteFile(parse, database);
            var key = LoadKey(parse.GetValue(keyFile));
            await using var db = database.CreateContext(parse, "audit-verify");
            AuditVerification result;
            try
            {
                result = await new AuditVerifier(db, key).VerifyAsync(cancellationToken);
            }
            catch (System.Data.Common.DbException e)
            {
                throw new UserErrorException($"Cannot read the audit log: {e.Message}");
            }

            if (result.FirstProblem is { } problem)
            {
                parse.InvocationConfiguration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Audit log NOT intact: {problem.Kind} at entry {problem.Sequence}. {problem.Message}"));
                return CommandLine.UserError;
            }

            var signatures = result.AnchorSignaturesChecked ? "signatures checked" : "signatures NOT checked: no anchor key";
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Audit log intact: {result.EntriesChecked:N0} entries, {result.AnchorsChecked:N0} anchors ({signatures})."));
            return CommandLine.Ok;
        });
        return new Command("audit", "The tamper-evident audit log.") { verify };
    }

    private static AuditAnchorKey? LoadKey(FileInfo? file)
    {
        if (Environment.GetEnvironmentVariable(AnchorKeyVariable) is { Length: > 0 } secret)
        {
            return AuditAnchorKey.FromSecret(secret);
        }

        var path = file?.FullName ?? Path.GetFullPath(new AuditOptions().AnchorKeyFile);
        if (!File.Exists(path))
        {
            return file is null ? null : throw new UserErrorException($"File not found: {path}");
        }

        try
        {
            return AuditAnchorKey.FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new UserErrorException($"Cannot read the anchor key {path}: {e.Message}");
        }
    }

    /// <summary>Opening a missing SQLite file would create an empty database and call it intact.</summary>
    private static void RequireExistingSqliteFile(ParseResult parse, DatabaseArguments database)
    {
        if (parse.GetValue(database.Provider) != DatabaseProvider.Sqlite)
        {
            return;
        }

        var connection = parse.GetValue(database.Connection);
        var file = connection is null ? new DatabaseOptions().SqliteFile : new SqliteConnectionStringBuilder(connection).DataSource;
        if (!File.Exists(file))
        {
            throw new UserErrorException($"Database not found: {Path.GetFullPath(file)}");
        }
    }
}
