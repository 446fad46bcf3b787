using FocalPoint.Data.ReferenceData;
using FocalPoint.Domain.Community;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Demo;

/// <summary>The demo's referrals with every step; all rows of the sealed area (ADR 0025).</summary>
public sealed record ReferralDemoSet(
    List<Referral> Referrals, List<ReferralStageChange> History, List<ReferralAssessment> Assessments,
    List<ReferralPanelMeeting> Panels, List<ReferralSupportItem> Support, List<ReferralReview> Reviews);

/// <summary>
/// Synthetic referrals in every stage, recognisably so (every name starts "SYNTHETIC"), from a random stream of their
/// own so that the registry's demo data is unchanged. They lie in a fixed recent window ending <see cref="Present"/>:
/// dated with the registry's 2018-2024 data, the retention job would erase them on the first start.
/// </summary>
internal sealed class ReferralDemoFactory(ReferenceDataSet reference, int seed)
{
    public const int Count = 36;
    public static readonly DateOnly Present = new(2026, 11, 30);

    private static readonly string[] Given = ["Arben", "Blerta", "Driton", "Elira", "Fisnik", "Gresa", "Milan", "Jelena", "Liridon", "Vjosa"];
    private static readonly string[] Agencies = ["Municipal Centre for Social Work", "Primary school", "Health centre", "Kosovo Police, community policing", "Youth centre"];
    private static readonly string[] Roles = ["Social worker", "Teacher", "Psychologist", "Community police officer", "Youth worker"];
    private static readonly string[] Concerns =
    [
        "Has withdrawn from friends and family and spends nights on closed online groups that share violent videos (synthetic).",
        "Told classmates that violence against a named group is justified; rising absences from school (synthetic).",
        "Returned from abroad with a parent; isolated, aggressive outbursts, asks about weapons (synthetic).",
        "Shares propaganda images on social media and tries to recruit younger pupils to a closed chat (synthetic).",
    ];

    private readonly Random random = new(seed ^ 0x5EA1ED);

    public ReferralDemoSet Generate()
    {
        var set = new ReferralDemoSet([], [], [], [], [], []);
        var municipalities = reference.Municipalities.Select(m => m.Id).Order().Take(12).ToArray();
        for (var id = 1L; id <= Count; id++)
        {
            var referred = Present.AddDays(-random.Next(330));
            var age = 14 + random.Next(30);
            var r = new Referral
            {
                Id = id, Reference = $"REF-{referred.Year}-{id:D4}", ReferredOn = referred, ReferringAgency = Agencies[random.Next(Agencies.Length)],
                ReferrerRole = Roles[random.Next(Roles.Length)], SubjectName = $"SYNTHETIC {Given[random.Next(Given.Length)]} Demo-{id:D2}", SubjectAge = age,
                SubjectSex = random.Next(3) == 0 ? Sex.Female : Sex.Male, MunicipalityId = municipalities[random.Next(municipalities.Length)],
                ReturneeFamily = random.Next(8) == 0, Concerns = Concerns[random.Next(Concerns.Length)], Stage = ReferralStage.AwaitingScreening,
                ReviewDueOn = referred.AddDays(14), CreatedAtUtc = At(referred), CreatedBy = "caseworker", Version = 1,
            };
            set.Referrals.Add(r);
            Move(set, r, null, ReferralStage.AwaitingScreening, referred);
            Advance(set, r, (ReferralStage)(id % 5), referred);
        }

        return set;
    }

    /// <summary>Walks the referral up to its target stage (Exited ones leave from a stage of their own).</summary>
    private void Advance(ReferralDemoSet set, Referral r, ReferralStage target, DateOnly day)
    {
        if (target == ReferralStage.AwaitingScreening)
        {
            return;
        }

        day = day.AddDays(3 + random.Next(10));
        if (target == ReferralStage.Exited && random.Next(2) == 0)
        {
            (r.Screening, r.ExitReason) = random.Next(2) == 0 ? (ScreeningOutcome.NotAppropriate, ExitReason.NotAppropriate) : (ScreeningOutcome.Signposted, ExitReason.Signposted);
            r.SignpostedTo = r.Screening == ScreeningOutcome.Signposted ? "Municipal youth centre" : null;
            Exit(set, r, day, 365);
            return;
        }

        r.Screening = ScreeningOutcome.Accepted;
        (r.Consent, r.ConsentLegalBasis, r.ConsentOn) = (r.SubjectAge < 18 ? ConsentStatus.GivenByGuardian : ConsentStatus.Given, "Law 06/L-082 art. 6(1)(a)", day);
        Move(set, r, ReferralStage.AwaitingScreening, ReferralStage.Assessment, day);
        if (target == ReferralStage.Assessment)
        {
            return;
        }

        day = day.AddDays(7 + random.Next(14));
        set.Assessments.Add(new ReferralAssessment { Id = set.Assessments.Count + 1, ReferralId = r.Id, Engagement = (VafLevel)random.Next(3), Intent = (VafLevel)random.Next(3), Capability = (VafLevel)random.Next(2), Assessor = "Channel practitioner", AssessedOn = day });
        Move(set, r, ReferralStage.Assessment, ReferralStage.Panel, day);
        if (target == ReferralStage.Panel)
        {
            return;
        }

        day = day.AddDays(7 + random.Next(14));
        set.Panels.Add(new ReferralPanelMeeting { Id = set.Panels.Count + 1, ReferralId = r.Id, HeldOn = day, Attendees = "Police; Social work; Education; Health", Decision = "Offer a tailored support package." });
        Move(set, r, ReferralStage.Panel, ReferralStage.Support, day);
        set.Support.Add(new ReferralSupportItem { Id = set.Support.Count + 1, ReferralId = r.Id, Provider = "Youth mentoring NGO", Type = (SupportType)random.Next(6), StartedOn = day.AddDays(5) });
        set.Reviews.Add(new ReferralReview { Id = set.Reviews.Count + 1, ReferralId = r.Id, ReviewedOn = day.AddDays(60), Summary = "Attends regularly; fewer worrying posts (synthetic)." });
        r.ReviewDueOn = day.AddDays(150);
        if (target == ReferralStage.Exited)
        {
            r.ExitReason = random.Next(3) == 0 ? ExitReason.DisengagedOrMoved : ExitReason.VulnerabilityReduced;
            r.FollowUpOn = day.AddDays(270);
            Exit(set, r, day.AddDays(90), 1095);
        }
    }

    private static void Exit(ReferralDemoSet set, Referral r, DateOnly day, int keepDays)
    {
        (r.ExitedOn, r.EraseOn) = (day, day.AddDays(keepDays));
        Move(set, r, r.Stage, ReferralStage.Exited, day);
    }

    private static void Move(ReferralDemoSet set, Referral r, ReferralStage? from, ReferralStage to, DateOnly day)
    {
        r.Stage = to;
        if (to is ReferralStage.Assessment or ReferralStage.Panel)
        {
            r.ReviewDueOn = day.AddDays(90);
        }

        set.History.Add(new ReferralStageChange { Id = set.History.Count + 1, ReferralId = r.Id, AtUtc = At(day), By = "caseworker", From = from, To = to });
    }

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
}
