using FocalPoint.Domain.Community;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Demo;

/// <summary>The demo's community-safety rows, parents before children for the bulk path.</summary>
public sealed record SafetyDemoSet(
    List<SafetyAudit> Audits, List<AuditStageChange> History, List<SafetySurvey> Surveys, List<SurveyQuestion> Questions, List<SurveyAnswer> Answers,
    List<SafetyWalk> Walks, List<WalkObservation> Observations, List<AuditPriority> Priorities, List<ActionItem> Items, List<ActionProgress> Progress,
    List<CouncilMeeting> Meetings, List<MeetingAttendee> Attendees, List<MeetingDecision> Decisions);

/// <summary>
/// Safety audits (two completed, three in progress at different stages) with survey answers, walks, priorities and action
/// plans with progress, and a year of monthly council meetings with attendance, in five municipalities. A random stream of
/// its own keeps the registry's demo data unchanged; dates lie in 2025-2026, after the registry's 2018-2024 data.
/// </summary>
internal sealed class SafetyDemoFactory(int seed)
{
    private static readonly (int Municipality, AuditStage Stage)[] Plan =
        [(28, AuditStage.Completed), (1, AuditStage.Implementation), (9, AuditStage.Strategy), (24, AuditStage.Audit), (34, AuditStage.Completed)];

    private static readonly string[] Questions =
        ["I feel safe walking in my neighbourhood after dark.", "Guns fired at weddings and celebrations are a problem here.", "I would report a weapon kept illegally at home.", "The police respond when we call them."];

    private static readonly (string Problem, string Rationale, string Item, string Owner, IncidentKind? Kind, string Indicator)[] Problems =
    [
        ("Weapons at home and domestic violence", "Survey: women feel least safe at home; registry: domestic violence with a weapon every year.", "Awareness sessions with schools and the social work centre", "Municipal directorate of education", IncidentKind.DomesticViolence, "Domestic violence incidents with a weapon (12 months)"),
        ("Shooting at weddings and New Year", "Walks and survey: shooting at weddings around New Year and summer; registry peaks in December.", "Campaign with wedding venues and imams", "Municipal office for communities", IncidentKind.CelebratoryShooting, "Celebratory shooting incidents (12 months)"),
        ("Poorly lit streets near schools", "Safety walk found six dark spots on the routes pupils take.", "Street lighting on school routes", "Municipal directorate of public services", null, "Dark spots on school routes (walk count)"),
    ];

    private readonly Random random = new(seed ^ 0x5AFE7);

    public SafetyDemoSet Generate()
    {
        var set = new SafetyDemoSet([], [], [], [], [], [], [], [], [], [], [], [], []);
        var start = new DateOnly(2025, 3, 3);
        for (var n = 0; n < Plan.Length; n++)
        {
            var (municipality, stage) = Plan[n];
            var audit = new SafetyAudit
            {
                Id = n + 1, MunicipalityId = municipality, Title = $"Local safety audit {start.AddDays(n * 40).Year} (demo)", Stage = stage,
                Partners = "Municipality (chair); Kosovo Police station; Centre for Social Work; schools; women's and youth NGOs", Scope = "Firearms misuse, domestic violence, celebratory shooting",
                Area = "Whole municipality", DataSources = "FocalPoint registry; household survey; safety walks", CreatedAtUtc = At(start.AddDays(n * 40)), CreatedBy = "coordinator", Version = 1,
            };
            set.Audits.Add(audit);
            var day = start.AddDays(n * 40);
            for (var s = AuditStage.SetUp; s <= stage; s++)
            {
                set.History.Add(new AuditStageChange { Id = set.History.Count + 1, AuditId = audit.Id, AtUtc = At(day), By = "coordinator", To = s });
                day = day.AddDays(45);
            }

            if (stage >= AuditStage.Audit)
            {
                Survey(set, audit.Id);
                Walk(set, audit.Id, municipality, start.AddDays((n * 40) + 50));
            }

            if (stage >= AuditStage.Strategy)
            {
                Plan3(set, audit, start.AddDays((n * 40) + 100), stage);
            }

            Meetings(set, municipality);
        }

        return set;
    }

    private void Survey(SafetyDemoSet set, long auditId)
    {
        var survey = new SafetySurvey { Id = set.Surveys.Count + 1, AuditId = auditId, Title = "Household safety survey (demo)", ScaleMin = 1, ScaleMax = 5 };
        set.Surveys.Add(survey);
        for (var q = 0; q < Questions.Length; q++)
        {
            set.Questions.Add(new SurveyQuestion { Id = set.Questions.Count + 1, SurveyId = survey.Id, Number = q + 1, Text = Questions[q] });
        }

        for (var respondent = 1; respondent <= 60; respondent++)
        {
            var sex = random.Next(2) == 0 ? Sex.Female : Sex.Male;
            var age = (AgeBand)(1 + random.Next(5));
            var community = random.Next(5) == 0 ? (CommunityGroup)(2 + random.Next(7)) : CommunityGroup.Albanian;
            for (var q = 1; q <= Questions.Length; q++)
            {
                // Women answer the night-time question lower: the gap the audit is meant to show.
                var value = Math.Clamp(2 + random.Next(3) - (q == 1 && sex == Sex.Female ? 1 : 0), 1, 5);
                set.Answers.Add(new SurveyAnswer { Id = set.Answers.Count + 1, SurveyId = survey.Id, Respondent = respondent, QuestionNumber = q, Value = value, Sex = sex, AgeBand = age, Community = community });
            }
        }
    }

    private void Walk(SafetyDemoSet set, long auditId, int municipality, DateOnly on)
    {
        var walk = new SafetyWalk { Id = set.Walks.Count + 1, AuditId = auditId, WalkedOn = on, Route = "Town centre to the bus station and the secondary school", Participants = "Police; youth council; women's NGO; municipal services" };
        set.Walks.Add(walk);
        var (lat, lon) = Seat(municipality);
        string[] notes = ["No street lighting behind the market", "Abandoned building used at night", "Shell casings found near the wedding hall", "Dark underpass on the school route"];
        for (var i = 0; i < notes.Length; i++)
        {
            set.Observations.Add(new WalkObservation
            {
                Id = set.Observations.Count + 1, WalkId = walk.Id, Latitude = Math.Round(lat + ((random.NextDouble() - 0.5) * 0.02), 5),
                Longitude = Math.Round(lon + ((random.NextDouble() - 0.5) * 0.02), 5), Note = notes[i], Hotspot = i % 2 == 0,
            });
        }
    }

    private void Plan3(SafetyDemoSet set, SafetyAudit audit, DateOnly on, AuditStage stage)
    {
        for (var p = 0; p < Problems.Length; p++)
        {
            var problem = Problems[p];
            var priority = new AuditPriority { Id = set.Priorities.Count + 1, AuditId = audit.Id, Rank = p + 1, Problem = problem.Problem, Rationale = problem.Rationale };
            set.Priorities.Add(priority);
            var baseline = problem.Kind is null ? 6 : 4 + random.Next(6);
            var item = new ActionItem
            {
                Id = set.Items.Count + 1, AuditId = audit.Id, PriorityId = priority.Id, Title = problem.Item, Owner = problem.Owner, Budget = 2000 + (1000 * random.Next(8)),
                Deadline = on.AddMonths(6 + (p * 4)), Indicator = problem.Indicator, RegistryKind = problem.Kind, Baseline = baseline, Target = Math.Max(0, baseline - 3),
                CreatedAtUtc = At(on), CreatedBy = "coordinator", Version = 1,
            };
            set.Items.Add(item);
            var updates = stage == AuditStage.Completed ? 3 : stage == AuditStage.Implementation ? 1 + p % 2 : 0;
            for (var u = 1; u <= updates; u++)
            {
                set.Progress.Add(new ActionProgress
                {
                    Id = set.Progress.Count + 1, ActionItemId = item.Id, On = on.AddMonths(u * 2), PercentDone = Math.Min(100, u * 35), By = "coordinator",
                    Value = problem.Kind is null ? baseline - u : null, Note = $"Update {u}: work under way with the owner (demo).",
                });
            }
        }
    }

    private void Meetings(SafetyDemoSet set, int municipality)
    {
        string[] bodies = ["Mayor (chair)", "Police station commander", "Centre for Social Work", "Directorate of education", "Youth council", "Women's NGO", "Community representative", "Religious community"];
        for (var month = 1; month <= 12; month++)
        {
            var meeting = new CouncilMeeting
            {
                Id = set.Meetings.Count + 1, MunicipalityId = municipality, HeldOn = new DateOnly(2026, month, 10 + random.Next(10)),
                Agenda = "1. Police security report for last month. 2. Action plan progress. 3. Any other business.",
                Minutes = month < 12 ? "The commander presented the monthly figures; the council reviewed the action plan (demo)." : "", CreatedAtUtc = At(new DateOnly(2026, month, 1)), CreatedBy = "coordinator", Version = 1,
            };
            set.Meetings.Add(meeting);
            foreach (var body in bodies.Where(_ => random.Next(5) > 0))
            {
                set.Attendees.Add(new MeetingAttendee
                {
                    Id = set.Attendees.Count + 1, MeetingId = meeting.Id, Represents = body, Sex = random.Next(3) == 0 ? Sex.Female : Sex.Male,
                    AgeBand = body == "Youth council" ? AgeBand.From18To24 : (AgeBand)(3 + random.Next(3)),
                    Community = random.Next(4) == 0 ? (CommunityGroup)(2 + random.Next(7)) : CommunityGroup.Albanian,
                });
            }

            var item = set.Items.LastOrDefault(i => set.Audits.First(a => a.Id == i.AuditId).MunicipalityId == municipality);
            set.Decisions.Add(new MeetingDecision { Id = set.Decisions.Count + 1, MeetingId = meeting.Id, Text = "The council takes note of the report and asks for an update next month.", ActionItemId = item?.Id });
        }
    }

    private static (double Lat, double Lon) Seat(int municipality) => municipality switch
    {
        28 => (42.46, 21.47), 1 => (42.66, 21.16), 9 => (42.21, 20.74), 24 => (42.89, 20.87), _ => (42.37, 21.15),
    };

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
}
