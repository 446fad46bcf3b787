using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Tracing;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Indicators;

/// <summary>
/// A registry small enough to count every indicator by hand (figures for a police analyst, 2023):
/// A seizure, criminal offence, Prishtinë, March: pistol (made 2003, unregistered, converted; traced in 20 days, point of
///   diversion by tracing), assault rifle (made 1983, privately made; trace pending); 100 rounds; a male suspect born
///   1990-05-01 and a female witness without a date of birth.
/// B found, Prizren, March: revolver (year unknown; point of diversion by intelligence, answered in 60 days); 2 grenades.
/// C surrender, Prizren, July: hunting rifle (made 1993, privately made: not a seizure); 40 rounds; never traced.
/// D shooting, Prishtinë, 15 August: pistol reported stolen (not a recovery); 5 rounds; a girl born 2010-08-16 (12, one day
///   before her birthday) as victim, a suspect of unrecorded sex born 1960.
/// E celebratory shooting, Gjakovë, 31 December: no arms.
/// F seizure of Customs, AMBER, Prishtinë, May: shotgun; hidden from the police analyst (figures partial).
/// G seizure, Prishtinë, June 2022: pistol, traced in February 2023 (10 days, no diversion point).
/// Cases: X (A) opened 1 Feb, closed 3 Mar 2023 (30 days); Y (D) opened Sep 2023, active; Z (G) opened 2 Jun 2022, closed
/// 2 Jun 2023 (365 days); W (F only) opened May 2023.
/// </summary>
internal sealed record IndicatorFixture(long RiflePendingTraceId)
{
    public static async Task<IndicatorFixture> AddAsync(TestDatabase database)
    {
        await using var db = database.CreateContext(new Data.Auditing.SystemUser("author"));
        var a = Incident("A", IncidentKind.Seizure, new(2023, 3, 10), 1, 1);
        var pistolA = Arm(1, 2003, FirearmLegalStatus.Unregistered, converted: true);
        var rifleA = Arm(4, 1983, FirearmLegalStatus.Unknown, privatelyMade: true);
        a.Firearms.AddRange([pistolA, rifleA]);
        a.Ammunition.Add(new Ammunition { Rounds = 100 });
        a.Persons.Add(new IncidentPerson { Role = PersonRole.Suspect, Person = new Person { GivenName = "Agim", FamilyName = "Gashi", Sex = Sex.Male, DateOfBirth = new(1990, 5, 1) } });
        a.Persons.Add(new IncidentPerson { Role = PersonRole.Witness, Person = new Person { GivenName = "Vjosa", FamilyName = "Berisha", Sex = Sex.Female } });

        var b = Incident("B", IncidentKind.Found, new(2023, 3, 20), 9, 2, LegalContext.None);
        var revolverB = Arm(2, null, FirearmLegalStatus.Unknown);
        b.Firearms.Add(revolverB);
        b.Explosives.Add(new Explosive { Kind = ExplosiveKind.HandGrenade, Count = 2 });

        var c = Incident("C", IncidentKind.VoluntarySurrender, new(2023, 7, 5), 9, 2, LegalContext.None);
        c.Firearms.Add(Arm(5, 1993, FirearmLegalStatus.Registered, privatelyMade: true));
        c.Ammunition.Add(new Ammunition { Rounds = 40 });

        var d = Incident("D", IncidentKind.ShootingOrMisuse, new(2023, 8, 15), 1, 1);
        d.Firearms.Add(Arm(1, null, FirearmLegalStatus.ReportedLostOrStolen));
        d.Ammunition.Add(new Ammunition { Rounds = 5 });
        d.Persons.Add(new IncidentPerson { Role = PersonRole.Victim, Person = new Person { GivenName = "Era", FamilyName = "Krasniqi", Sex = Sex.Female, DateOfBirth = new(2010, 8, 16) } });
        d.Persons.Add(new IncidentPerson { Role = PersonRole.Suspect, Person = new Person { GivenName = "N", FamilyName = "N", Sex = Sex.NotRecorded, DateOfBirth = new(1960, 1, 1) } });

        var e = Incident("E", IncidentKind.CelebratoryShooting, new(2023, 12, 31), 18, 4);
        var f = Incident("F", IncidentKind.Seizure, new(2023, 5, 1), 1, 1, agency: ReportingAgency.Customs, tlp: Tlp.Amber);
        f.Firearms.Add(Arm(6, 2015, FirearmLegalStatus.Unregistered));
        var g = Incident("G", IncidentKind.Seizure, new(2022, 6, 1), 1, 1);
        var pistolG = Arm(1, 2010, FirearmLegalStatus.Unregistered);
        g.Firearms.Add(pistolG);
        db.Incidents.AddRange(a, b, c, d, e, f, g);
        await db.SaveChangesAsync();

        db.TraceRequests.Add(Trace(pistolA, new(2023, 4, 1), TraceStatus.Answered, new(2023, 4, 21), DiversionEstablishedBy.Tracing));
        var pending = Trace(rifleA, new(2023, 5, 1), TraceStatus.Sent, null, null);
        db.TraceRequests.Add(pending);
        db.TraceRequests.Add(Trace(revolverB, new(2023, 4, 10), TraceStatus.Closed, new(2023, 6, 9), DiversionEstablishedBy.Intelligence));
        db.TraceRequests.Add(Trace(pistolG, new(2023, 2, 1), TraceStatus.Answered, new(2023, 2, 11), null));

        db.Cases.AddRange(
            Case("X", a, (new(2023, 2, 1), CaseStatus.Open), (new(2023, 3, 3), CaseStatus.Closed)),
            Case("Y", d, (new(2023, 9, 1), CaseStatus.Open), (new(2023, 9, 2), CaseStatus.Active)),
            Case("Z", g, (new(2022, 6, 2), CaseStatus.Open), (new(2023, 6, 2), CaseStatus.Closed)),
            Case("W", f, (new(2023, 5, 2), CaseStatus.Open)));
        await db.SaveChangesAsync();
        return new IndicatorFixture(pending.Id);
    }

    /// <summary>The late answer that revises 2023: the pending rifle trace establishes its point of diversion in 2024.</summary>
    public async Task AnswerLateAsync(TestDatabase database)
    {
        await using var db = database.CreateContext(new Data.Auditing.SystemUser("tracer"));
        db.TraceResults.Add(new TraceResult
        {
            TraceRequestId = RiflePendingTraceId, ReceivedOn = new(2024, 1, 15), PointOfDiversionEstablished = true, EstablishedBy = DiversionEstablishedBy.Tracing,
        });
        await db.SaveChangesAsync();
    }

    private static Incident Incident(
        string name, IncidentKind kind, DateOnly on, int municipality, int directorate, LegalContext context = LegalContext.CriminalOffence,
        ReportingAgency agency = ReportingAgency.KosovoPolice, Tlp tlp = Tlp.Green) => new()
    {
        Reference = $"FP-IND-{name}", Kind = kind, OccurredOn = on, OccurredAtUtc = on.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
        MunicipalityId = municipality, DirectorateId = directorate, ReportingAgency = agency, LegalContext = context,
        Narrative = "Fixture incident.", Tlp = tlp, HandlingCode = HandlingCode.H1,
    };

    private static Firearm Arm(int type, int? made, FirearmLegalStatus status, bool converted = false, bool privatelyMade = false) => new()
    {
        FirearmTypeId = type, YearOfManufacture = made, LegalStatus = status, IsConvertedFromBlankOrAlarm = converted, IsPrivatelyMade = privatelyMade,
    };

    private static TraceRequest Trace(Firearm arm, DateOnly sent, TraceStatus status, DateOnly? answered, DiversionEstablishedBy? by)
    {
        var request = new TraceRequest { Firearm = arm, Channel = TraceChannel.InterpolIarms, Status = status, SentOn = sent };
        if (answered is { } on)
        {
            request.Results.Add(new TraceResult { ReceivedOn = on, PointOfDiversionEstablished = by is not null, EstablishedBy = by });
        }

        return request;
    }

    private static Case Case(string name, Incident incident, params (DateOnly On, CaseStatus Status)[] history)
    {
        var @case = new Case { Reference = $"C-IND-{name}", Title = $"Case {name}", Owner = "lead", Status = history[^1].Status };
        @case.Incidents.Add(new CaseIncident { IncidentId = incident.Id });
        CaseStatus? previous = null;
        foreach (var (on, status) in history)
        {
            @case.History.Add(new CaseHistoryEntry
            {
                ChangedAtUtc = on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), ChangedBy = "lead", OldStatus = previous, NewStatus = status, NewOwner = "lead",
            });
            previous = status;
        }

        return @case;
    }
}
