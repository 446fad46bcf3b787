using System.Security.Cryptography;
using FocalPoint.Application.Cases.Attachments;
using FocalPoint.Application.Common;
using FocalPoint.Application.Cyber;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Cases;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FocalPoint.Application.Tests.Cases.CaseTestData;

namespace FocalPoint.Application.Tests.Cases;

/// <summary>Attachments go to the one attachment store under their hash, checked for size and real type; downloads are the team's and audited.</summary>
public sealed class CaseAttachmentTests
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj <<>> endobj\n"u8];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Add_PdfByTheTeam_StoredUnderItsHashAndDownloadedWithAnAuditEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        var directory = Directory.CreateTempSubdirectory("case-attachments-").FullName;
        await using var owner = Services(database, "inv1", directory);
        await using var outsider = Services(database, "inv2", directory);
        var caseId = await CaseAsync(owner, Input("inv1"));

        var added = await owner.RunAsync<CaseAttachments, CommandResult<long>>(a => a.AddAsync(caseId, "statement.pdf", Pdf));
        var download = await owner.RunAsync<CaseAttachments, AttachmentDownload?>(a => a.DownloadAsync(caseId, added.Value));
        var refused = await outsider.RunAsync<CaseAttachments, AttachmentDownload?>(a => a.DownloadAsync(caseId, added.Value));

        var hash = Convert.ToHexStringLower(SHA256.HashData(Pdf));
        var row = Assert.Single((await owner.RunAsync<CaseAttachments, IReadOnlyList<CaseAttachmentRow>?>(a => a.ListAsync(caseId)))!);
        Assert.Equal(("statement.pdf", "application/pdf", Pdf.LongLength, hash), (row.FileName, row.ContentType, row.Length, row.Sha256));
        Assert.True(File.Exists(Path.Combine(directory, hash[..2], hash)));
        await using (var content = download!.Content)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            Assert.Equal(Pdf, copy.ToArray());
        }

        Assert.Null(refused);
        Assert.Contains(owner.Audit().Events, e => e.Action == AuditAction.Consult && e.RecordIds.Contains($"CaseAttachment/{added.Value}"));
        Assert.Contains(outsider.Audit().Events, e => e.Action == AuditAction.AccessRefused && e.RecordIds.Contains($"CaseAttachment/{added.Value}"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Add_TooLargeForbiddenOrDisguised_ClearMessageAndNothingStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        var directory = Directory.CreateTempSubdirectory("case-attachments-").FullName;
        await using var owner = Services(database, "inv1", directory);
        var caseId = await CaseAsync(owner, Input("inv1"));

        var large = await owner.RunAsync<CaseAttachments, CommandResult<long>>(a => a.AddAsync(caseId, "scan.pdf", [.. Pdf, .. new byte[CaseAttachment.MaxBytes]]));
        var script = await owner.RunAsync<CaseAttachments, CommandResult<long>>(a => a.AddAsync(caseId, "page.html", [.. "<script>alert(1)</script>"u8]));
        var disguised = await owner.RunAsync<CaseAttachments, CommandResult<long>>(a => a.AddAsync(caseId, "photo.png", [.. "MZ\u0090\0\u0003"u8]));

        Assert.Contains("larger than 10 MB", large.Errors!.ToDictionary()["File"][0], StringComparison.Ordinal);
        Assert.Contains("page.html: only PDF", script.Errors!.ToDictionary()["File"][0], StringComparison.Ordinal);
        Assert.Contains("photo.png", disguised.Errors!.ToDictionary()["File"][0], StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.CaseAttachments.CountAsync());
        Assert.Empty(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories));
    }

    private static ServiceProvider Services(TestDatabase database, string user, string directory) =>
        TestServices.For(database, access: Investigator(user), replace: s => s.Configure<CyberOptions>(o => o.AttachmentDirectory = directory));
}
