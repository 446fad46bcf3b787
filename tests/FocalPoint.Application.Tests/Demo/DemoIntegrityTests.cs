using FocalPoint.Application.Demo;
using FocalPoint.Domain.Links;

namespace FocalPoint.Application.Tests.Demo;

public class DemoIntegrityTests(DemoDataFixture data) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public void Generate_EveryTable_HasUniquePositiveIncreasingIds()
    {
        AssertIds(data.All(b => b.Incidents).Select(x => x.Id));
        AssertIds(data.All(b => b.Firearms).Select(x => x.Id));
        AssertIds(data.All(b => b.Ammunition).Select(x => x.Id));
        AssertIds(data.All(b => b.Explosives).Select(x => x.Id));
        AssertIds(data.All(b => b.Components).Select(x => x.Id));
        AssertIds(data.All(b => b.Persons).Select(x => x.Id));
        AssertIds(data.All(b => b.IncidentPersons).Select(x => x.Id));
        AssertIds(data.All(b => b.Organisations).Select(x => x.Id));
        AssertIds(data.All(b => b.Vehicles).Select(x => x.Id));
        AssertIds(data.All(b => b.CommunicationIdentifiers).Select(x => x.Id));
        AssertIds(data.All(b => b.Locations).Select(x => x.Id));
        AssertIds(data.All(b => b.Links).Select(x => x.Id));
        AssertIds(data.All(b => b.Cases).Select(x => x.Id));
        AssertIds(data.All(b => b.CaseHistory).Select(x => x.Id));
        AssertIds(data.All(b => b.TraceRequests).Select(x => x.Id));
        AssertIds(data.All(b => b.TraceResults).Select(x => x.Id));
        AssertIds(data.All(b => b.BallisticExaminations).Select(x => x.Id));
        AssertIds(data.All(b => b.BallisticLeads).Select(x => x.Id));
        Assert.All(data.All(b => b.Incidents), i => Assert.True(i is { CreatedBy: "demo", Version: 1 } && i.CreatedAtUtc > i.OccurredAtUtc));
    }

    [Fact]
    public void Generate_EveryReference_PointsToARowOfTheSameOrAnEarlierBatch()
    {
        var seen = new Dictionary<EntityKind, HashSet<long>>();
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            seen[kind] = [];
        }

        var cases = new HashSet<long>();
        var traces = new HashSet<long>();
        var examinations = new HashSet<long>();
        var municipalities = data.Reference.Municipalities.Select(m => m.Id).ToHashSet();
        foreach (var batch in data.Batches)
        {
            batch.Incidents.ForEach(x => seen[EntityKind.Incident].Add(x.Id));
            batch.Firearms.ForEach(x => seen[EntityKind.Firearm].Add(x.Id));
            batch.Persons.ForEach(x => seen[EntityKind.Person].Add(x.Id));
            batch.Organisations.ForEach(x => seen[EntityKind.Organisation].Add(x.Id));
            batch.Vehicles.ForEach(x => seen[EntityKind.Vehicle].Add(x.Id));
            batch.CommunicationIdentifiers.ForEach(x => seen[EntityKind.CommunicationIdentifier].Add(x.Id));
            batch.Locations.ForEach(x => seen[EntityKind.Location].Add(x.Id));
            batch.Cases.ForEach(x => cases.Add(x.Id));
            batch.TraceRequests.ForEach(x => traces.Add(x.Id));

            var incidents = seen[EntityKind.Incident];
            Assert.All(batch.Incidents, i => Assert.Contains(i.MunicipalityId!.Value, municipalities));
            Assert.All(batch.Firearms.Select(x => x.IncidentId)
                .Concat(batch.Ammunition.Select(x => x.IncidentId))
                .Concat(batch.Explosives.Select(x => x.IncidentId))
                .Concat(batch.Components.Select(x => x.IncidentId))
                .Concat(batch.IncidentPersons.Select(x => x.IncidentId))
                .Concat(batch.CaseIncidents.Select(x => x.IncidentId)), id => Assert.Contains(id, incidents));
            Assert.All(batch.IncidentPersons, x => Assert.Contains(x.PersonId, seen[EntityKind.Person]));
            Assert.All(batch.Links, l =>
            {
                Assert.Contains(l.FromId, seen[l.FromKind]);
                Assert.Contains(l.ToId, seen[l.ToKind]);
                Assert.Contains(l.SourceIncidentId!.Value, incidents);
            });
            Assert.All(batch.CaseMembers.Select(x => x.CaseId).Concat(batch.CaseIncidents.Select(x => x.CaseId)).Concat(batch.CaseHistory.Select(x => x.CaseId)), id => Assert.Contains(id, cases));
            Assert.All(batch.TraceRequests, t => Assert.Contains(t.FirearmId, seen[EntityKind.Firearm]));
            Assert.All(batch.TraceResults, t => Assert.Contains(t.TraceRequestId, traces));
            batch.BallisticExaminations.ForEach(x => examinations.Add(x.Id));
            Assert.All(batch.BallisticExaminations, e => Assert.Contains(e.IncidentId, incidents));
            Assert.All(batch.BallisticExaminations.Where(e => e.FirearmId is not null), e => Assert.Contains(e.FirearmId!.Value, seen[EntityKind.Firearm]));
            Assert.All(batch.BallisticLeads, l => Assert.True(examinations.Contains(l.ExaminationId) && examinations.Contains(l.MatchedExaminationId)));
            Assert.All(batch.PersonTruths, t => Assert.Contains(t.PersonId, seen[EntityKind.Person]));
            Assert.All(batch.FirearmTruths, t => Assert.Contains(t.FirearmId, seen[EntityKind.Firearm]));
        }
    }

    [Fact]
    public void Generate_CaseMembersAndIncidents_AreNotDuplicated()
    {
        var members = data.All(b => b.CaseMembers).Select(m => (m.CaseId, m.UserName)).ToList();
        var incidents = data.All(b => b.CaseIncidents).Select(m => (m.CaseId, m.IncidentId)).ToList();

        Assert.NotEmpty(data.All(b => b.Cases));
        Assert.Equal(members.Count, members.Distinct().Count());
        Assert.Equal(incidents.Count, incidents.Distinct().Count());
        Assert.All(data.All(b => b.Cases), c => Assert.Contains(c.Owner, new[] { "investigator", "analyst", "commander" }));
    }

    private static void AssertIds(IEnumerable<long> ids)
    {
        var previous = 0L;
        foreach (var id in ids)
        {
            Assert.True(id > previous, $"id {id} after {previous}");
            previous = id;
        }
    }
}
