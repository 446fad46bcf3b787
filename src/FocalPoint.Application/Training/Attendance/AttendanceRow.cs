using FocalPoint.Application.Common;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Training;
using FocalPoint.Linkage;

namespace FocalPoint.Application.Training.Attendance;

/// <summary>One participant as read from a sheet row, before matching.</summary>
public sealed record AttendanceEntry(
    long RowNumber, string GivenName, string FamilyName, string NameKey, Sex Sex, int? BirthYear, string AgeBand,
    string Institution, string RankOrRole, string Region, bool Certified);

/// <summary>A problem of one row: its number in the sheet, the column's header and what is wrong.</summary>
public sealed record AttendanceProblem(long RowNumber, string Column, UserMessage Message);

/// <summary>Turns a sheet row into an <see cref="AttendanceEntry"/>, or the list of everything wrong with it.</summary>
internal sealed class AttendanceRow(IReadOnlyList<string> headers, IReadOnlyDictionary<AttendanceField, int> map, TrainingCourse course)
{
    public AttendanceEntry? Read(SourceRow row, List<AttendanceProblem> problems)
    {
        var before = problems.Count;
        var errors = new ValidationErrors();
        var (given, family) = Names(row);
        if (given.Length == 0 && family.Length == 0)
        {
            errors.Add(Column(map.ContainsKey(AttendanceField.FullName) ? AttendanceField.FullName : AttendanceField.FamilyName), TrainingMessages.NameMissing);
        }

        Text(errors, AttendanceField.GivenName, given, TrainingPerson.MaxNameLength);
        Text(errors, AttendanceField.FamilyName, family, TrainingPerson.MaxNameLength);
        var institution = Cell(row, AttendanceField.Institution);
        var rank = Cell(row, AttendanceField.RankOrRole);
        var region = Cell(row, AttendanceField.Region);
        Text(errors, AttendanceField.Institution, institution, TrainingParticipation.MaxTextLength);
        Text(errors, AttendanceField.RankOrRole, rank, TrainingParticipation.MaxTextLength);
        Text(errors, AttendanceField.Region, region, TrainingParticipation.MaxTextLength);

        var sexText = Cell(row, AttendanceField.Sex);
        if (!AttendanceValues.TrySex(sexText, out var sex))
        {
            errors.Add(Column(AttendanceField.Sex), TrainingMessages.UnknownSex, sexText);
        }

        if (!AttendanceValues.TryYesNo(Cell(row, AttendanceField.Certified), out var certified))
        {
            errors.Add(Column(AttendanceField.Certified), TrainingMessages.UnknownYesNo, Cell(row, AttendanceField.Certified));
        }

        var birthYear = BirthYear(row, errors);
        var band = Band(row, birthYear, errors);
        CheckDate(row, errors);
        foreach (var (field, messages) in errors.Entries)
        {
            problems.AddRange(messages.Select(m => new AttendanceProblem(row.RowNumber, field, m)));
        }

        return problems.Count > before
            ? null
            : new AttendanceEntry(row.RowNumber, given, family, Persons.PersonMatcher.Key(given, family), sex, birthYear, band, institution, rank, region, certified);
    }

    private (string Given, string Family) Names(SourceRow row)
    {
        if (map.ContainsKey(AttendanceField.GivenName) && map.ContainsKey(AttendanceField.FamilyName))
        {
            return (Cell(row, AttendanceField.GivenName), Cell(row, AttendanceField.FamilyName));
        }

        // One name column: the last word is the family name, as attendance lists are written ("Arben Krasniqi").
        var words = Cell(row, AttendanceField.FullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? ("", "") : (string.Join(' ', words[..^1]), words[^1]);
    }

    private int? BirthYear(SourceRow row, ValidationErrors errors)
    {
        var text = Cell(row, AttendanceField.BirthYear);
        if (text.Length == 0)
        {
            return null;
        }

        var (from, to) = (course.StartsOn.Year - 90, course.StartsOn.Year - 15);
        if (!AttendanceValues.TryInt(text, out var year) || year < from || year > to)
        {
            errors.Add(Column(AttendanceField.BirthYear), TrainingMessages.BirthYearRange, text, from, to);
            return null;
        }

        return year;
    }

    private string Band(SourceRow row, int? birthYear, ValidationErrors errors)
    {
        var age = Cell(row, AttendanceField.Age);
        if (age.Length > 0)
        {
            if (AttendanceValues.TryInt(age, out var years) && years is >= 15 and <= 90)
            {
                return AttendanceValues.BandOf(years);
            }

            errors.Add(Column(AttendanceField.Age), TrainingMessages.AgeRange, age);
            return AttendanceValues.NotRecorded;
        }

        var band = Cell(row, AttendanceField.AgeBand);
        if (band.Length > 0)
        {
            if (AttendanceValues.Band(band) is { } known)
            {
                return known;
            }

            errors.Add(Column(AttendanceField.AgeBand), TrainingMessages.UnknownAgeBand, band, string.Join(", ", AttendanceValues.AgeBands));
            return AttendanceValues.NotRecorded;
        }

        return birthYear is { } y ? AttendanceValues.BandOf(course.StartsOn.Year - y) : AttendanceValues.NotRecorded;
    }

    private void CheckDate(SourceRow row, ValidationErrors errors)
    {
        var text = Cell(row, AttendanceField.Date);
        if (text.Length == 0)
        {
            return;
        }

        if (Normalisers.Date(text) is not { } iso || !DateOnly.TryParse(iso, System.Globalization.CultureInfo.InvariantCulture, out var date))
        {
            errors.Add(Column(AttendanceField.Date), TrainingMessages.NotADate, text);
        }
        else if (date < course.StartsOn || date > course.EndsOn)
        {
            errors.Add(Column(AttendanceField.Date), TrainingMessages.DateOutsideCourse, iso, course.StartsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), course.EndsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void Text(ValidationErrors errors, AttendanceField field, string value, int maxLength) =>
        TextRules.Check(errors, Column(field), value, maxLength);

    private string Cell(SourceRow row, AttendanceField field) =>
        map.TryGetValue(field, out var index) && index < row.Values.Count ? (row.Values[index] ?? "").Trim() : "";

    /// <summary>The header as the trainer wrote it, so the report points at their own column.</summary>
    private string Column(AttendanceField field) => map.TryGetValue(field, out var index) ? headers[index] : field.ToString();
}
