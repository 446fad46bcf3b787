using FocalPoint.Application.Ballistics;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Application.Tests.Tracing;
using FocalPoint.Domain.Ballistics;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Ballistics;

/// <summary>A shooting, a later seizure of a pistol of the same calibre, and two examiners of the ballistic department.</summary>
internal sealed record BallisticsWorld(ServiceProvider Investigator, ServiceProvider Examiner, ServiceProvider Reviewer, long SceneId, string SceneReference, long SeizureId, string SeizureReference, long FirearmId)
    : IAsyncDisposable
{
    public const string Serial = "CZ-778 120";

    public static UserAccess ExaminerAccess(string name) => new(name, new HashSet<string> { "ForensicExaminer" }, ReportingAgency.ForensicAgency, new HashSet<long>());

    /// <param name="sceneBy">Who records the shooting; with <paramref name="sceneTlp"/> RED and another user, the investigator cannot see it.</param>
    public static async Task<BallisticsWorld> CreateAsync(TestDatabase database, string sceneBy = "investigator", Tlp sceneTlp = Tlp.Green)
    {
        var investigator = TracingWorld.Services(database, TracingWorld.Investigator());
        await using var sceneWriter = TracingWorld.Services(database, TracingWorld.Investigator(sceneBy));
        var shooting = IncidentInputs.Seizure();
        (shooting.Kind, shooting.Firearms, shooting.Ammunition, shooting.Tlp) = (IncidentKind.ShootingOrMisuse, [], [], sceneTlp);
        shooting.OccurredAtLocal = new DateTime(2024, 3, 2, 23, 10, 0);
        shooting.Narrative = "Shots fired outside a café; cartridge cases collected.";
        var sceneId = (await sceneWriter.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(shooting))).Value;
        var firearmId = await TracingWorld.RecordAsync(investigator, IncidentInputs.Seizure(Serial, "9x19"));
        await using var db = await investigator.ContextAsync();
        var seizureId = await db.Firearms.Where(f => f.Id == firearmId).Select(f => f.IncidentId).FirstAsync();
        var references = await db.Incidents.Where(i => i.Id == sceneId || i.Id == seizureId).ToDictionaryAsync(i => i.Id, i => i.Reference);
        return new BallisticsWorld(investigator, TracingWorld.Services(database, ExaminerAccess("examiner")), TracingWorld.Services(database, ExaminerAccess("reviewer")),
            sceneId, references[sceneId], seizureId, references[seizureId], firearmId);
    }

    public ExaminationInput Scene(string lab) => new(lab, ExhibitKind.CartridgeCase, SceneReference, null, 1, "6 lands and grooves, right twist", new DateOnly(2024, 3, 10), "Suitable for comparison");

    public ExaminationInput TestFire(string lab) => new(lab, ExhibitKind.TestFire, SeizureReference, "cz778120", 1, "6 lands and grooves, right twist", new DateOnly(2024, 5, 20), null);

    /// <summary>Both examinations recorded, the lead proposed by the examiner; returns the lead's id.</summary>
    public async Task<long> LeadAsync()
    {
        Assert.True((await Examiner.RunAsync<RecordExamination, CommandResult<long>>(r => r.HandleAsync(Scene("BAL-2024-00017")))).Succeeded);
        Assert.True((await Examiner.RunAsync<RecordExamination, CommandResult<long>>(r => r.HandleAsync(TestFire("BAL-2024-00102")))).Succeeded);
        return (await Examiner.RunAsync<ProposeLead, CommandResult<long>>(p => p.HandleAsync(new LeadInput("BAL-2024-00017", "BAL-2024-00102")))).Value;
    }

    public async ValueTask DisposeAsync()
    {
        await Investigator.DisposeAsync();
        await Examiner.DisposeAsync();
        await Reviewer.DisposeAsync();
    }
}
