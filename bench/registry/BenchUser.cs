using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Protection;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Bench.Registry;

/// <summary>
/// The benchmark lists incidents as the demo analyst sees them: the need-to-know filter is part of what a page
/// costs, so both our use case and the plain SQL apply it.
/// </summary>
internal sealed class BenchUser(UserAccess access, FieldIndex index) : IAccessContext
{
    public UserAccess Access { get; } = access;
    public FieldIndex Index { get; } = index;

    public Task<UserAccess> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Access);

    public static async Task<BenchUser> AnalystAsync(BenchDatabase database)
    {
        await using var db = database.CreateContext();
        var cases = await db.CaseMembers.Where(m => m.UserName == "analyst").Select(m => m.CaseId)
            .Union(db.Cases.Where(c => c.Owner == "analyst").Select(c => c.Id)).ToListAsync();
        var access = new UserAccess("analyst", new HashSet<string> { "Analyst" }, ReportingAgency.KosovoPolice, cases.ToHashSet());
        return new BenchUser(access, await FieldProtection.Of(db).GetIndexAsync(db));
    }
}
