using FocalPoint.Application.Ballistics;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Ballistics;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Ballistics;

/// <summary>The laboratory's examinations a page at a time, in the order asked, every row exactly once.</summary>
public sealed class ExaminationListTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_ThirtyExaminations_PagedAndSortedWithEveryRowOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var world = await BallisticsWorld.CreateAsync(database);
        await using (var db = database.CreateContext())
        {
            // Lab numbers run against the dates, so each order gives a different first row.
            db.BallisticExaminations.AddRange(Enumerable.Range(0, 30).Select(i => new BallisticExamination
            {
                LabNumber = $"BAL-{29 - i:000}", Kind = i % 3 == 0 ? ExhibitKind.Bullet : ExhibitKind.CartridgeCase, IncidentId = world.SceneId,
                Examiner = i % 2 == 0 ? "Arta" : "Besnik", ExaminedOn = new DateOnly(2024, 1, 1).AddDays(i),
            }));
            await db.SaveChangesAsync();
        }

        var newest = await world.Examiner.RunAsync<ListExaminations, LaboratoryView?>(l => l.HandleAsync(new ExaminationQuery()));
        var second = await world.Examiner.RunAsync<ListExaminations, LaboratoryView?>(l => l.HandleAsync(new ExaminationQuery(Page: 2)));
        var byLab = await world.Examiner.RunAsync<ListExaminations, LaboratoryView?>(l => l.HandleAsync(new ExaminationQuery(Sort: ExaminationSort.LabNumberAscending)));
        var beyond = await world.Examiner.RunAsync<ListExaminations, LaboratoryView?>(l => l.HandleAsync(new ExaminationQuery(Sort: ExaminationSort.Oldest, Page: 9)));
        var investigator = await world.Investigator.RunAsync<ListExaminations, LaboratoryView?>(l => l.HandleAsync(new ExaminationQuery()));

        Assert.Equal((30, 25, 2), (newest!.Examinations.TotalCount, newest.Examinations.Items.Count, newest.Examinations.PageCount));
        Assert.Equal(new DateOnly(2024, 1, 30), newest.Examinations.Items[0].ExaminedOn);
        Assert.Equal(30, newest.Examinations.Items.Concat(second!.Examinations.Items).Select(e => e.Id).Distinct().Count());
        Assert.Equal("BAL-000", byLab!.Examinations.Items[0].LabNumber);
        Assert.Equal((2, "BAL-004"), (beyond!.Examinations.Page, beyond.Examinations.Items[0].LabNumber));
        Assert.Null(investigator);
    }
}
