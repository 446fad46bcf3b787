using FocalPoint.Application.Demo;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Domain.Ballistics;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Tests.Ballistics;

/// <summary>The demo's ballistic work: shootings examined, test fires of seized guns, leads in every state, the same for the same seed.</summary>
public sealed class BallisticDemoTests
{
    [Fact]
    public void Generate_ShootingsAndSeizedGunsExaminedWithLeadsInEveryState_SameForTheSameSeed()
    {
        var reference = ReferenceDataCatalog.Load();
        var options = new DemoOptions(Seed: 7, Scale: 0.3);

        var batches = new DemoGenerator(reference, options).Generate().ToList();
        var again = new DemoGenerator(reference, options).Generate().ToList();

        var incidents = batches.SelectMany(b => b.Incidents).ToDictionary(i => i.Id);
        var firearms = batches.SelectMany(b => b.Firearms).ToDictionary(f => f.Id);
        var exams = batches.SelectMany(b => b.BallisticExaminations).ToList();
        var byId = exams.ToDictionary(e => e.Id);
        var leads = batches.SelectMany(b => b.BallisticLeads).ToList();
        Assert.All(exams.Where(e => e.Kind != ExhibitKind.TestFire), e => Assert.Contains(incidents[e.IncidentId].Kind, new[] { IncidentKind.ShootingOrMisuse, IncidentKind.CelebratoryShooting }));
        Assert.All(exams.Where(e => e.Kind == ExhibitKind.TestFire), e => Assert.Equal(e.IncidentId, firearms[e.FirearmId!.Value].IncidentId));
        Assert.Equal(exams.Count, exams.Select(e => e.LabNumber).Distinct().Count());
        Assert.All(Enum.GetValues<BallisticLeadState>(), s => Assert.Contains(leads, l => l.State == s));
        Assert.Contains(leads, l => l.State == BallisticLeadState.Confirmed && byId[l.MatchedExaminationId].Kind == ExhibitKind.TestFire);
        Assert.All(leads, l => Assert.Equal(byId[l.ExaminationId].CalibreId, byId[l.MatchedExaminationId].CalibreId));
        Assert.All(leads, l => Assert.True(l.ExaminationId < l.MatchedExaminationId));
        Assert.Equal(leads.Select(l => (l.ExaminationId, l.MatchedExaminationId, l.State)),
            again.SelectMany(b => b.BallisticLeads).Select(l => (l.ExaminationId, l.MatchedExaminationId, l.State)));
    }
}
