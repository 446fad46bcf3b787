using System.Data.Common;
using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;

namespace FocalPoint.Bench.Registry;

/// <summary>
/// The reference: the incident list's first page written by hand for the engine, with the same WHERE,
/// ORDER BY, LIMIT, capped count and per-row item sums as the use case, run through plain ADO.NET.
/// </summary>
internal static class PlainSql
{
    private const string Columns = """
        i."Id", i."Reference", i."Kind", i."OccurredAtUtc", i."OccurredOn", i."MunicipalityId", i."DirectorateId", i."ReportingAgency", i."HandlingCode"
        """;

    /// <summary>Runs the capped count and the page on a pooled connection, as one request would; returns the page's ids.</summary>
    /// <remarks>The text plan (which indexed words each typed word stands for, and the rarest) is TextSearch's own: the reference is the query shape.</remarks>
    public static async Task<List<long>> RunAsync(DbConnection connection, IncidentFilter filter, bool postgres, BenchUser user, TextPlan? text)
    {
        var (where, parameters) = Where(filter, postgres, user, text);
        var order = OrderBy(filter.Sort);
        await using (var count = Command(connection, $"""SELECT COUNT(*) FROM (SELECT 1 FROM "Incidents" i{where} LIMIT {PagedResult<IncidentRow>.CountCap + 1}) c""", parameters))
        {
            _ = await count.ExecuteScalarAsync();
        }

        // The page first, then the item sums for its 25 rows only: how one writes it by hand.
        var sql = $"""
            SELECT p.*,
              (SELECT COUNT(*) FROM "Firearms" f WHERE f."IncidentId" = p."Id"),
              (SELECT COALESCE(SUM(a."Rounds"), 0) FROM "Ammunition" a WHERE a."IncidentId" = p."Id"),
              (SELECT COALESCE(SUM(e."Count"), 0) FROM "Explosives" e WHERE e."IncidentId" = p."Id")
            FROM (SELECT {Columns} FROM "Incidents" i{where} ORDER BY {order} LIMIT {filter.PageSize} OFFSET {(filter.Page - 1) * filter.PageSize}) p
            ORDER BY {order.Replace("i.", "p.", StringComparison.Ordinal)}
            """;
        var ids = new List<long>(filter.PageSize);
        await using var page = Command(connection, sql, parameters);
        await using var reader = await page.ExecuteReaderAsync();
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    internal static DbCommand Command(DbConnection connection, string sql, IReadOnlyList<(string Name, object Value)> parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // the SQL text is built from constants; every value goes in as a parameter
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Need to know, as IncidentVisibility writes it, over the incident alias i (parameters @agency and @user).</summary>
    internal static string Visibility(TextPlan? text)
    {
        // Open markings, the user's agency, the user's own, the case team's. A rare search word drives from its
        // postings; the case team is then probed per candidate (CaseTeamCheck).
        const string teamCases = """SELECT m."CaseId" FROM "CaseMembers" m WHERE m."UserName" = @user UNION SELECT c."Id" FROM "Cases" c WHERE c."Owner" = @user""";
        var cases = text is { Frequent: false }
            ? """ OR EXISTS (SELECT 1 FROM "CaseIncidents" ci WHERE ci."IncidentId" = i."Id" AND (EXISTS (SELECT 1 FROM "CaseMembers" m WHERE m."CaseId" = ci."CaseId" AND m."UserName" = @user) OR EXISTS (SELECT 1 FROM "Cases" c WHERE c."Id" = ci."CaseId" AND c."Owner" = @user)))"""
            : $""" OR i."Id" IN (SELECT ci."IncidentId" FROM "CaseIncidents" ci WHERE ci."CaseId" IN ({teamCases}))""";
        return $"""
            ((i."Tlp" IN ('Clear', 'Green') AND i."HandlingCode" <> 'H3')
             OR (i."Tlp" <> 'Red' AND i."HandlingCode" <> 'H3' AND i."ReportingAgency" = @agency)
             OR i."CreatedBy" = @user{cases})
            """;
    }

    /// <param name="needToKnow">False leaves the visibility clause out (its parameters stay bound), for a statement
    /// that applies it elsewhere (the indicators' visible-beside-all count).</param>
    internal static (string Sql, List<(string, object)> Parameters) Where(IncidentFilter filter, bool postgres, BenchUser user, TextPlan? text, bool needToKnow = true)
    {
        var clauses = new List<string>();
        var parameters = new List<(string, object)>();
        void Add(string clause, string name, object value)
        {
            clauses.Add(clause);
            parameters.Add((name, value));
        }

        if (needToKnow)
        {
            clauses.Add(Visibility(text));
        }

        parameters.Add(("@agency", user.Access.Agency.ToString()!));
        parameters.Add(("@user", user.Access.UserName));

        // As ListIncidents: the local dates, and the same range as UTC instants for the time index.
        if (filter.From is { } from)
        {
            Add("""i."OccurredOn" >= @from""", "@from", from);
            Add("""i."OccurredAtUtc" >= @fromUtc""", "@fromUtc", Utc(KosovoTime.ToUtc(from.ToDateTime(TimeOnly.MinValue)), postgres));
        }

        if (filter.To is { } to)
        {
            Add("""i."OccurredOn" <= @to""", "@to", to);
            Add("""i."OccurredAtUtc" < @beforeUtc""", "@beforeUtc", Utc(KosovoTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue)), postgres));
        }

        // Enums are stored by name (FocalPointDbContext.ConfigureConventions).
        if (filter.Kind is { } kind) Add("""i."Kind" = @kind""", "@kind", kind.ToString());
        if (filter.DirectorateId is { } directorate) Add("""i."DirectorateId" = @directorate""", "@directorate", directorate);
        if (filter.MunicipalityId is { } municipality) Add("""i."MunicipalityId" = @municipality""", "@municipality", municipality);
        if (filter.FirearmTypeId is { } type)
        {
            Add("""EXISTS (SELECT 1 FROM "Firearms" f WHERE f."IncidentId" = i."Id" AND f."FirearmTypeId" = @type)""", "@type", type);
        }

        if (text is not null)
        {
            // As TextSearch.Matching: the rarest word's postings drive unless it is frequent; every other word is probed.
            if (text.Rarest is not { Incidents: > 0 } rarest)
            {
                clauses.Add("1 = 0");
            }
            else
            {
                var probed = text.Frequent ? text.Words : text.Words.Where(w => !ReferenceEquals(w, rarest));
                if (!text.Frequent)
                {
                    clauses.Add($"""i."Id" IN (SELECT t."IncidentId" FROM "IncidentSearchTerms" t WHERE t."TermHash" IN ({Literals(rarest.Terms)}))""");
                }

                clauses.AddRange(probed.Select(w => $"""EXISTS (SELECT 1 FROM "IncidentSearchTerms" t WHERE t."IncidentId" = i."Id" AND t."TermHash" IN ({Literals(w.Terms)}))"""));
            }
        }

        return (clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", clauses), parameters);
    }

    /// <summary>Hashes are 64-bit numbers, written inline as a hand-written query would.</summary>
    private static string Literals(long[] terms) => string.Join(',', terms.Select(t => t.ToString(CultureInfo.InvariantCulture)));

    /// <summary>SQLite holds instants as text in EF's format ("yyyy-MM-dd HH:mm:ss.FFFFFFF"), compared as text.</summary>
    private static object Utc(DateTime utc, bool postgres) =>
        postgres ? DateTime.SpecifyKind(utc, DateTimeKind.Utc) : utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static string OrderBy(IncidentSort sort) => sort switch
    {
        IncidentSort.Oldest => """i."OccurredAtUtc", i."Id" """,
        IncidentSort.ReferenceAscending => """i."Reference" """,
        IncidentSort.ReferenceDescending => """i."Reference" DESC""",
        IncidentSort.KindThenNewest => """i."Kind", i."OccurredAtUtc" DESC, i."Id" DESC""",
        IncidentSort.MunicipalityThenNewest => """i."MunicipalityId", i."OccurredAtUtc" DESC, i."Id" DESC""",
        _ => """i."OccurredAtUtc" DESC, i."Id" DESC""",
    };
}
