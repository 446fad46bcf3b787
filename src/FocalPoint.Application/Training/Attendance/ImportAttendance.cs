using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Application.Security;
using FocalPoint.Application.Training.Persons;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Training.Attendance;

/// <summary>What an attendance import did, or every problem that stopped it (then nothing was stored).</summary>
public sealed record AttendanceImportResult(
    int Participations, int NewPersons, int KnownPersons, int Doubts, IReadOnlyList<AttendanceProblem> Problems)
{
    public bool Stored => Problems.Count == 0;
}

/// <summary>
/// Imports a course's attendance list: every row is read and checked first, and one bad row refuses the whole file with
/// the report of every bad row, so a corrected file can simply be sent again. Participants are resolved into persons
/// (<see cref="PersonMatcher"/>); doubtful matches are queued for review (ADR 0028). Audited as a collection either way.
/// </summary>
public sealed class ImportAttendance(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, IOptions<ImportOptions> options, TimeProvider time)
{
    public async Task<CommandResult<AttendanceImportResult>> HandleAsync(long courseId, Stream file, string fileName, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var course = access.Holds(Capabilities.Training) ? await db.TrainingCourses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken) : null;
        if (course is null)
        {
            return CommandResult<AttendanceImportResult>.Missing();
        }

        var problems = new List<AttendanceProblem>();
        var entries = await ReadAsync(course, file, fileName, problems, cancellationToken);
        var plan = problems.Count == 0 ? await PlanAsync(course, entries, problems, access.UserName, cancellationToken) : null;
        var courseRef = courseId.ToString(CultureInfo.InvariantCulture);
        if (plan is null || problems.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "TrainingCourse", [courseRef], Detail: $"attendance sheet refused: {problems.Select(p => p.RowNumber).Distinct().Count()} rows with problems"), cancellationToken);
            return CommandResult<AttendanceImportResult>.Ok(new AttendanceImportResult(0, 0, 0, 0, problems));
        }

        db.TrainingParticipations.AddRange(plan.Participations);
        db.TrainingMatchReviews.AddRange(plan.Reviews);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "TrainingCourse", [courseRef], Detail: $"attendance sheet: {plan.Participations.Count} participations"), cancellationToken);
        return CommandResult<AttendanceImportResult>.Ok(new AttendanceImportResult(
            plan.Participations.Count, plan.NewPersons, plan.Participations.Count - plan.NewPersons, plan.Reviews.Count, []));
    }

    private async Task<List<AttendanceEntry>> ReadAsync(TrainingCourse course, Stream file, string fileName, List<AttendanceProblem> problems, CancellationToken cancellationToken)
    {
        AttendanceSheet.Table table;
        try
        {
            table = await AttendanceSheet.ReadAsync(file, fileName, options.Value, cancellationToken);
        }
        catch (ImportFileException e)
        {
            problems.Add(new AttendanceProblem(0, "", UserMessage.Plain(e.Message)));
            return [];
        }

        var map = AttendanceColumns.Map(table.Headers);
        if (!AttendanceColumns.NamesPersons(map))
        {
            problems.Add(new AttendanceProblem(1, "", TrainingMessages.NoNameColumns.With()));
            return [];
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(new AttendanceProblem(1, "", TrainingMessages.EmptySheet.With()));
        }

        var reader = new AttendanceRow(table.Headers, map, course);
        var entries = new List<AttendanceEntry>();
        var seen = new Dictionary<(string, int?), long>();
        foreach (var row in table.Rows)
        {
            if (reader.Read(row, problems) is not { } entry)
            {
                continue;
            }

            if (seen.TryGetValue((entry.NameKey, entry.BirthYear), out var first))
            {
                problems.Add(new AttendanceProblem(row.RowNumber, "", TrainingMessages.DuplicateRow.With(first)));
                continue;
            }

            seen[(entry.NameKey, entry.BirthYear)] = row.RowNumber;
            entries.Add(entry);
        }

        return entries;
    }

    private sealed record Plan(List<TrainingParticipation> Participations, List<TrainingMatchReview> Reviews, int NewPersons);

    private async Task<Plan> PlanAsync(TrainingCourse course, List<AttendanceEntry> entries, List<AttendanceProblem> problems, string userName, CancellationToken cancellationToken)
    {
        var known = await db.TrainingPersons.AsNoTracking().Select(p => new PersonTraits(p.Id, p.NameKey, p.BirthYear, p.Sex)).ToListAsync(cancellationToken);
        var onCourse = (await db.TrainingParticipations.Where(p => p.CourseId == course.Id).Select(p => p.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        var matcher = new PersonMatcher(known);
        var created = new Dictionary<long, (TrainingPerson Person, long Row)>();
        var plan = new Plan([], [], 0);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var entry in entries)
        {
            var match = matcher.Match(entry.NameKey, entry.BirthYear, entry.Sex);
            var participation = new TrainingParticipation
            {
                CourseId = course.Id, GivenName = entry.GivenName, FamilyName = entry.FamilyName, Sex = entry.Sex, AgeBand = entry.AgeBand,
                Institution = entry.Institution, RankOrRole = entry.RankOrRole, Region = entry.Region, Certified = entry.Certified,
                RecordedAtUtc = now, RecordedBy = userName,
            };
            if (match is { Outcome: MatchOutcome.Same, Candidate.Id: < 0 })
            {
                problems.Add(new AttendanceProblem(entry.RowNumber, "", TrainingMessages.DuplicateRow.With(created[match.Candidate.Id].Row)));
                continue;
            }

            if (match.Outcome == MatchOutcome.Same)
            {
                if (!onCourse.Add(match.Candidate!.Id))
                {
                    problems.Add(new AttendanceProblem(entry.RowNumber, "", TrainingMessages.AlreadyOnCourse.With()));
                    continue;
                }

                participation.PersonId = match.Candidate.Id;
            }
            else
            {
                var person = new TrainingPerson { GivenName = entry.GivenName, FamilyName = entry.FamilyName, NameKey = entry.NameKey, BirthYear = entry.BirthYear, Sex = entry.Sex, CreatedAtUtc = now };
                participation.Person = person;
                created[-(created.Count + 1)] = (person, entry.RowNumber);
                matcher.Add(new PersonTraits(-created.Count, entry.NameKey, entry.BirthYear, entry.Sex));
                if (match.Outcome == MatchOutcome.Doubt)
                {
                    var review = new TrainingMatchReview { Participation = participation, Score = match.Score, Status = TrainingMatchStatus.Open };
                    if (match.Candidate!.Id > 0) { review.CandidatePersonId = match.Candidate.Id; } else { review.CandidatePerson = created[match.Candidate.Id].Person; }
                    plan.Reviews.Add(review);
                }
            }

            plan.Participations.Add(participation);
        }

        return plan with { NewPersons = created.Count };
    }
}
