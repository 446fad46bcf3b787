using System.Text;
using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Agency-style test files and a one-call stage-then-commit.</summary>
internal static class ImportFiles
{
    public const string Header = "Numri i rastit;Data;Komuna;Pershkrimi;Lloji i armes;Kalibri;Numri serik;Emri;Mbiemri;Roli;Numri personal";

    public static readonly string Good = Header + "\n"
        + "A-1;17.05.2024 14:30;Prishtinë;Pistol found in a car boot;Pistoletë;7,62x25;AB-123;Arben;Krasniqi;i dyshuar;1234567890\n"
        + "A-2;2024-03-01;Пећ;Rifle seized at a house search;Pushkë automatike;7.62×39 mm;X 99;Marko;Petrović;osumnjičeni;\n"
        + "A-2;2024-03-01;Пећ;Rifle seized at a house search;Pistoletë;9x19;Z-1;;;;\n"
        + "A-3;31/12/23;Prizern;Revolver handed in;Revolver;;R1;;;;\n";

    public static readonly string WithErrors = Header + "\n"
        + "B-1;32.05.2024;Prishtinë;Bad date;Pistoletë;;S1;;;;\n"
        + "B-2;01.05.2024;Atlantis;Unknown place;Pistoletë;;S2;;;;\n"
        + "B-3;01.05.2024;Gjakovë;Good row;Pistoletë;7,62x39;S3;Ana;Berisha;viktimë;\n";

    /// <summary>
    /// The test files carry no kind or handling-code column: the values for every row, chosen as a user must; and "Prizern"
    /// stands for Prizren, a close match accepted for the import.
    /// </summary>
    public static readonly MappingEdit Meanings = new(Constants: new Dictionary<string, string> { ["Kind"] = "Seizure", ["HandlingCode"] = "H0" }, AcceptCloseMatches: true);

    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    public static async Task<(ImportResult<StagedImport> Staged, ImportResult<ImportSummary>? Committed)> ImportAsync(
        ServiceProvider services, Stream content, string fileName, ImportPolicy policy = ImportPolicy.Refuse, string source = "kp", string? encoding = null, MappingEdit? edit = null)
    {
        var staged = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h =>
            h.StageAsync(content, new StageRequest(source, fileName, policy, encoding, RequireCompleteMapping: true, Edit: edit ?? Meanings)));
        if (!staged.Succeeded)
        {
            return (staged, null);
        }

        var committed = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(staged.Value!.BatchId));
        return (staged, committed);
    }

    public static async Task<(int Incidents, int Persons, int Firearms)> CountsAsync(ServiceProvider services)
    {
        await using var db = await services.ContextAsync();
        return (await db.Incidents.CountAsync(), await db.Persons.CountAsync(), await db.Firearms.CountAsync());
    }

    public static async Task<(TestDatabase Database, ServiceProvider Services)> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        return (database, TestServices.For(database, access: TestUsers.Analyst()));
    }
}
