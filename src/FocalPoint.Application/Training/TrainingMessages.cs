using FocalPoint.Application.Common;

namespace FocalPoint.Application.Training;

/// <summary>Messages of the training records; rows "Msg_{Code}" in tools/strings.tsv.</summary>
public static class TrainingMessages
{
    public static readonly MessageTemplate NoNameColumns = new("TrainingNoNameColumns", "The sheet has no name columns: give Given name and Family name (Emri, Mbiemri; Ime, Prezime) or one Name column.");
    public static readonly MessageTemplate NameMissing = new("TrainingNameMissing", "The participant's name is missing.");
    public static readonly MessageTemplate UnknownSex = new("TrainingUnknownSex", "Unknown sex \"{0}\": write M or F (Mashkull/Femër, Muški/Ženski), or leave it empty when not recorded.");
    public static readonly MessageTemplate BirthYearRange = new("TrainingBirthYearRange", "Birth year {0} is out of range: from {1} to {2}.");
    public static readonly MessageTemplate AgeRange = new("TrainingAgeRange", "Age {0} is out of range: from 15 to 90.");
    public static readonly MessageTemplate UnknownAgeBand = new("TrainingUnknownAgeBand", "Unknown age band \"{0}\". Accepted: {1}.");
    public static readonly MessageTemplate UnknownYesNo = new("TrainingUnknownYesNo", "Write yes or no (po/jo, da/ne), not \"{0}\".");
    public static readonly MessageTemplate DateOutsideCourse = new("TrainingDateOutsideCourse", "The date {0} is outside the course, {1} to {2}.");
    public static readonly MessageTemplate NotADate = new("TrainingNotADate", "\"{0}\" is not a date.");
    public static readonly MessageTemplate DuplicateRow = new("TrainingDuplicateRow", "The same person as row {0}: each participant once per course.");
    public static readonly MessageTemplate AlreadyOnCourse = new("TrainingAlreadyOnCourse", "This person is already on the course's list.");
    public static readonly MessageTemplate EmptySheet = new("TrainingEmptySheet", "The sheet has no participants.");
    public static readonly MessageTemplate EndsBeforeStart = new("TrainingEndsBeforeStart", "The course cannot end before it starts.");
    public static readonly MessageTemplate TooLarge = new("TrainingTooLarge", "The file is larger than {0} MB: an attendance list is one course.");
    public static readonly MessageTemplate HoursRange = new("TrainingHoursRange", "Hours must be more than 0 and at most 2000.");
}
