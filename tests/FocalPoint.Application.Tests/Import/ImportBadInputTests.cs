using System.IO.Compression;
using System.Text;
using FocalPoint.Application.Import;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Each bad file gives a message naming the file and the problem, and changes nothing.</summary>
public sealed class ImportBadInputTests
{
    public static TheoryData<DatabaseProvider, string> Cases()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL })
        {
            foreach (var name in new[] { "binary", "truncated", "zipbomb", "missingcolumn", "wrongencoding", "empty", "brokenxlsx" })
            {
                data.Add(provider, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Stage_BadFile_NamesFileAndProblemAndChangesNothing(DatabaseProvider provider, string name)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var (bytes, fileName, expected, encoding) = BadFile(name);

        var (staged, committed) = await ImportFiles.ImportAsync(services, new MemoryStream(bytes), fileName, encoding: encoding);

        var problem = staged.Problem ?? committed!.Problem!;
        Assert.Equal(ImportProblemKind.BadFile, problem.Kind);
        Assert.Contains(fileName, problem.Message, StringComparison.Ordinal);
        Assert.Contains(expected, problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((0, 0, 0), await ImportFiles.CountsAsync(services));
        await using var db = await services.ContextAsync();
        Assert.Equal(0, await db.ImportRecords.CountAsync());
    }

    [Fact]
    public async Task Stage_FileOverSizeLimit_IsRefusedBeforeParsing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var services = TestServices.For(database, access: TestUsers.Analyst());
        var content = new MemoryStream(new byte[3_000_000 + 1]);
        var options = Microsoft.Extensions.Options.Options.Create(new ImportOptions { MaxFileBytes = 3_000_000 });
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var stage = new StageImport(
            (Data.FocalPointDbContext)sp.GetService(typeof(Data.FocalPointDbContext))!, (Security.IAccessContext)sp.GetService(typeof(Security.IAccessContext))!,
            (PreviewImport)sp.GetService(typeof(PreviewImport))!, options, TimeProvider.System);

        var staged = await stage.StageAsync(content, (new StageRequest("kp", "huge.csv") with { Edit = ImportFiles.Meanings }));

        Assert.Equal(ImportProblemKind.BadFile, staged.Problem!.Kind);
        Assert.Contains("huge.csv is larger than", staged.Problem.Message, StringComparison.Ordinal);
    }

    private static (byte[] Bytes, string FileName, string Expected, string? Encoding) BadFile(string name) => name switch
    {
        "binary" => ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, .. Enumerable.Range(0, 500).Select(i => (byte)(i * 7))], "junk.csv", "binary", null),
        "truncated" => (Encoding.UTF8.GetBytes(ImportFiles.Header + "\nA-1;17.05.2024;Prishtinë;\"Pistol found in a car"), "cut.csv", "truncated", null),
        "zipbomb" => (ZipBomb(), "bomb.xlsx", "zip bomb", null),
        "missingcolumn" => (Encoding.UTF8.GetBytes("Numri i rastit;Data;Pershkrimi\nA-1;17.05.2024;x\n"), "nocolumn.csv", "required column missing: Municipality", null),
        "wrongencoding" => (Encoding.Latin1.GetBytes("Data;Komuna;Pershkrimi\n17.05.2024;Prishtinë;Armë e gjetur në Gjakovë\n"), "latin.csv", "not valid UTF-8", "utf-8"),
        "empty" => ([], "empty.csv", "empty", null),
        _ => ([.. ValidXlsxStart()], "broken.xlsx", "XLSX", null),
    };

    /// <summary>A workbook part of 50 MB of zeros compresses to ~50 kB: a ratio of ~1000.</summary>
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 50; i++)
            {
                entry.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The first bytes of a zip, cut off: what a broken download looks like.</summary>
    private static byte[] ValidXlsxStart()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml", CompressionLevel.NoCompression).Open());
            writer.Write(new string('x', 5000));
        }

        return buffer.ToArray()[..200];
    }
}
