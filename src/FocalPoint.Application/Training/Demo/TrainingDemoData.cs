using FocalPoint.Application.Demo.Names;
using FocalPoint.Application.Training.Attendance;
using FocalPoint.Application.Training.Persons;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Training;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Training.Demo;

/// <summary>
/// Synthetic training records, recognisably so: courses and institutions marked "(demo)", persons from the demo name
/// lists. Officers come back to later courses under other spellings of their names (Serbian Latin, ASCII, Cyrillic), as
/// real attendance lists do, and a few near spellings wait in the review. About one participant in eight is a woman, as
/// in the programme's police figures. The same seed gives the same rows.
/// </summary>
public sealed class TrainingDemoData(FocalPointDbContext db, TimeProvider time)
{
    private static readonly (string Title, TrainingTopic Topic, string Institution, decimal Hours)[] Courses =
    [
        ("Firearms identification and tracing (demo)", TrainingTopic.FirearmsControl, "Kosovo Academy for Public Safety (demo)", 24),
        ("Investigating illicit arms trafficking (demo)", TrainingTopic.Investigation, "Kosovo Police (demo)", 16),
        ("Border checks for firearms and explosives (demo)", TrainingTopic.BorderControl, "Border Police (demo)", 12),
        ("Ballistic evidence handling (demo)", TrainingTopic.Forensics, "Kosovo Forensic Agency (demo)", 20),
        ("Gender in SALW control (demo)", TrainingTopic.GenderMainstreaming, "Kosovo Police (demo)", 8),
        ("Protecting critical infrastructure (demo)", TrainingTopic.CriticalInfrastructure, "Ministry of Internal Affairs (demo)", 12),
        ("Cyber incident first response (demo)", TrainingTopic.CyberSecurity, "Kosovo Police (demo)", 16),
    ];

    private static readonly string[] Institutions = ["Kosovo Police (demo)", "Border Police (demo)", "Kosovo Customs (demo)", "Kosovo Forensic Agency (demo)"];
    private static readonly string[] Regions = ["Prishtinë", "Prizren", "Pejë", "Mitrovicë", "Gjilan", "Ferizaj", "Gjakovë"];
    private static readonly string[] Ranks = ["Police officer", "Sergeant", "Lieutenant", "Captain", "Customs officer", "Forensic expert"];

    public async Task<int> SeedAsync(int seed, CancellationToken cancellationToken = default)
    {
        if (await db.TrainingCourses.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var random = new Random(seed);
        var names = new NameBook();
        var now = time.GetUtcNow().UtcDateTime;
        var people = Enumerable.Range(0, 160).Select(_ => Officer(random, names)).ToList();
        var persons = people.Select(p => new TrainingPerson
        {
            GivenName = p.Given.Canonical, FamilyName = p.Family.Canonical, NameKey = PersonMatcher.Key(p.Given.Canonical, p.Family.Canonical),
            BirthYear = p.BirthYear, Sex = p.Sex, CreatedAtUtc = now,
        }).ToList();
        var today = DateOnly.FromDateTime(now);
        var count = 0;
        for (var c = 0; c < 14; c++)
        {
            var template = Courses[c % Courses.Length];
            var starts = today.AddDays(-30 - (c * 47));
            var course = new TrainingCourse
            {
                Title = template.Title, Topic = template.Topic, Institution = template.Institution, Place = Regions[c % Regions.Length],
                StartsOn = starts, EndsOn = starts.AddDays((int)(template.Hours / 8) - 1), Hours = template.Hours,
                Trainer = $"Demo Trainer {c % 4 + 1}", Certification = c % 3 == 0 ? "" : "Certificate of completion (demo)",
                Programme = c % 2 == 0 ? "SALW Roadmap support (demo)" : "Border security project (demo)",
            };
            foreach (var i in Enumerable.Range(0, people.Count).OrderBy(_ => random.Next()).Take(random.Next(12, 26)))
            {
                var (given, family, sex, birthYear, institution) = people[i];
                var form = random.Next(4);
                course.Participations.Add(new TrainingParticipation
                {
                    Person = persons[i], GivenName = Spelling(given, form), FamilyName = Spelling(family, form),
                    Sex = random.Next(10) == 0 ? Sex.NotRecorded : sex, AgeBand = AttendanceValues.BandOf(starts.Year - birthYear),
                    Institution = institution, RankOrRole = Ranks[random.Next(Ranks.Length)], Region = Regions[random.Next(Regions.Length)],
                    Certified = course.Certification.Length > 0, RecordedAtUtc = now, RecordedBy = "demo",
                });
                count++;
            }

            db.TrainingCourses.Add(course);
        }

        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    private static (NameForms Given, NameForms Family, Sex Sex, int BirthYear, string Institution) Officer(Random random, NameBook names)
    {
        var female = random.Next(8) == 0;
        var serbian = random.Next(10) == 0;
        var given = names.Given(serbian, female);
        var family = names.Family(serbian);
        return (given[random.Next(given.Length)], family[random.Next(family.Length)], female ? Sex.Female : Sex.Male,
            random.Next(1965, 2001), Institutions[random.Next(Institutions.Length)]);
    }

    private static string Spelling(NameForms name, int form) => form switch
    {
        1 => name.SerbianLatin,
        2 => name.Ascii,
        3 => name.Cyrillic,
        _ => name.Canonical,
    };
}
