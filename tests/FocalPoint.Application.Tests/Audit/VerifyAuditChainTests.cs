using FocalPoint.Application.Audit;
using FocalPoint.Application.Security;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Audit;

/// <summary>The auditor's chain check from the web: the CLI's verifier, for auditors only, itself on record.</summary>
public sealed class VerifyAuditChainTests
{
    private static readonly UserAccess Auditor = new("auditor", new HashSet<string> { "Auditor" }, ReportingAgency.KosovoPolice, new HashSet<long>());

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Verify_IntactChain_ReportsIntactAndRecordsTheCheck(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);
        await audit.RecordManyAsync(5);

        var result = await VerifyAsync(audit, Auditor);

        Assert.True(result!.Intact);
        Assert.Equal(5, result.EntriesChecked);
        await using var db = audit.Database.CreateContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.RecordKind == SearchAuditLog.RecordKind && e.Detail!.Contains("chain verification")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Verify_AlteredEntry_NamesTheFirstEntryAltered(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);
        await audit.RecordManyAsync(6);
        await audit.TamperAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Purpose" = 'rewritten' WHERE "Sequence" = 3"""));

        var result = await VerifyAsync(audit, Auditor);

        Assert.Equal((AuditProblemKind.Altered, 3L), (result!.FirstProblem!.Kind, result.FirstProblem.Sequence));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Verify_NotAnAuditor_AnswersNothingAndRecordsNothing(DatabaseProvider provider)
    {
        await using var audit = await AuditHarness.CreateAsync(provider);

        var result = await VerifyAsync(audit, TestUsers.Administrator());

        Assert.Null(result);
        await using var db = audit.Database.CreateContext();
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    private static async Task<AuditVerification?> VerifyAsync(AuditHarness audit, UserAccess user)
    {
        await using var scope = audit.Services.CreateAsyncScope();
        var verify = new VerifyAuditChain(scope.ServiceProvider.GetRequiredService<AuditVerifier>(), scope.ServiceProvider.GetRequiredService<IAuditLog>(), new FocalPoint.Testing.FixedAccessContext(user));
        return await verify.HandleAsync();
    }
}
