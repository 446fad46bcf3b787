using System.Globalization;
using FocalPoint.Domain.Ballistics;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;

namespace FocalPoint.Application.Demo;

/// <summary>
/// The ballistic department's demo work: cartridge cases and bullets from about half of the shootings, test fires from
/// some seized handguns, and leads between them (the same gun at two scenes, a seized gun matched to an earlier scene),
/// mostly reviewed. It draws from a random stream of its own, so every other demo figure is as before.
/// </summary>
internal sealed class BallisticFactory(DemoContext ctx)
{
    private const int PoolSize = 400;
    private static readonly DateOnly Horizon = new(2024, 12, 31);
    private static readonly string[] Examiners = ["examiner", "lab.krasniqi", "lab.gashi", "lab.berisha"];
    private static readonly string[] Characteristics =
    [
        "6 lands and grooves, right twist; hemispherical firing pin", "4 lands and grooves, right twist; rectangular firing pin",
        "6 lands and grooves, left twist; elliptical firing pin", "Polygonal rifling; parallel breech-face marks",
    ];

    private readonly Random random = new(ctx.Options.Seed ^ 0xBA11);
    private readonly List<(long Id, int? CalibreId, DateOnly On)> scenes = [];
    private readonly Dictionary<int, int> sequenceByYear = [];

    public void Examine(Incident incident, IReadOnlyList<Firearm> firearms)
    {
        if (incident.Kind is IncidentKind.ShootingOrMisuse or IncidentKind.CelebratoryShooting && random.Next(100) < 55)
        {
            Scene(incident, firearms.FirstOrDefault()?.CalibreId ?? CommonCalibre());
        }

        if (incident.Kind is IncidentKind.Seizure or IncidentKind.Found or IncidentKind.ShootingOrMisuse)
        {
            foreach (var firearm in firearms.Where(f => f.CalibreId is not null && random.Next(100) < 12))
            {
                TestFire(incident, firearm);
            }
        }
    }

    private void Scene(Incident incident, int? calibre)
    {
        var exam = Exam(incident, random.Next(100) < 75 ? ExhibitKind.CartridgeCase : ExhibitKind.Bullet, null, calibre, 5 + random.Next(40));
        if (random.Next(100) < 14 && Earlier(calibre) is { } earlier)
        {
            Lead(earlier, exam.Id, exam.ExaminedOn);
        }

        scenes.Add((exam.Id, calibre, exam.ExaminedOn));
        if (scenes.Count > PoolSize)
        {
            scenes.RemoveAt(0);
        }
    }

    private void TestFire(Incident incident, Firearm firearm)
    {
        var exam = Exam(incident, ExhibitKind.TestFire, firearm.Id, firearm.CalibreId, 10 + random.Next(60));
        if (random.Next(100) < 30 && Earlier(firearm.CalibreId) is { } scene)
        {
            Lead(scene, exam.Id, exam.ExaminedOn);
        }
    }

    private BallisticExamination Exam(Incident incident, ExhibitKind kind, long? firearmId, int? calibre, int days)
    {
        var on = incident.OccurredOn.AddDays(days);
        var year = on.Year;
        var sequence = sequenceByYear[year] = sequenceByYear.GetValueOrDefault(year) + 1;
        var exam = new BallisticExamination
        {
            Id = ++ctx.Ids.BallisticExamination, LabNumber = string.Create(CultureInfo.InvariantCulture, $"BAL-{year}-{sequence:D5}"), Kind = kind,
            IncidentId = incident.Id, FirearmId = firearmId, CalibreId = calibre, ClassCharacteristics = Characteristics[random.Next(Characteristics.Length)],
            Examiner = Examiners[random.Next(Examiners.Length)], ExaminedOn = on,
            Result = kind == ExhibitKind.TestFire ? "Test fires entered in the comparison system." : "Suitable for comparison; entered in the comparison system.",
            CreatedAtUtc = on.ToDateTime(new TimeOnly(9 + random.Next(8), 0), DateTimeKind.Utc), CreatedBy = DemoContext.CreatedBy, Version = 1,
        };
        ctx.Batch.BallisticExaminations.Add(exam);
        return exam;
    }

    private (long Id, int? CalibreId, DateOnly On)? Earlier(int? calibre)
    {
        var candidates = scenes.Where(s => s.CalibreId == calibre).ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    // Most leads are reviewed within weeks: about two in three are the same gun, the rest excluded; recent ones wait.
    private void Lead((long Id, int? CalibreId, DateOnly On) earlier, long examId, DateOnly proposed)
    {
        var decidedOn = proposed.AddDays(3 + random.Next(40));
        var state = decidedOn > Horizon || random.Next(100) < 10 ? BallisticLeadState.Lead
            : random.Next(100) < 65 ? BallisticLeadState.Confirmed : BallisticLeadState.Refuted;
        var open = state == BallisticLeadState.Lead;
        ctx.Batch.BallisticLeads.Add(new BallisticLead
        {
            Id = ++ctx.Ids.BallisticLead, ExaminationId = earlier.Id, MatchedExaminationId = examId, State = state,
            ProposedAtUtc = proposed.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc), ProposedBy = DemoContext.CreatedBy,
            DecidedBy = open ? null : Examiners[random.Next(Examiners.Length)], DecidedOn = open ? null : decidedOn,
            DecidedAtUtc = open ? null : decidedOn.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc),
        });
    }

    private int CommonCalibre() => ctx.CalibreId(random.Next(100) switch { < 55 => "9x19mm", < 80 => "7.62x25mm Tokarev", < 92 => "7.65x17mm Browning (.32 ACP)", _ => "7.62x39mm" });
}
