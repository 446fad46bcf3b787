using FocalPoint.Application.Common;

namespace FocalPoint.Application.Community.Safety;

/// <summary>Community safety's messages (rows "Msg_{Code}" in tools/strings.tsv, like <see cref="Messages"/>).</summary>
public static class SafetyMessages
{
    public static readonly MessageTemplate OutsideScale = new("SafetyOutsideScale", "Row {0}, question {1}: the answer {2} is outside the scale {3} to {4}.");
    public static readonly MessageTemplate NotANumber = new("SafetyNotANumber", "Row {0}, question {1}: \"{2}\" is not a whole number.");
    public static readonly MessageTemplate UnknownColumn = new("SafetyUnknownColumn", "Row {0}: unknown {1} \"{2}\".");
    public static readonly MessageTemplate MissingColumns = new("SafetyMissingColumns", "The file lacks the columns {0}.");
    public static readonly MessageTemplate NoRows = new("SafetyNoRows", "The file holds no answers.");
    public static readonly MessageTemplate Unreadable = new("SafetyUnreadable", "The file cannot be read as CSV or XLSX: {0}");
    public static readonly MessageTemplate Scale = new("SafetyScale", "The scale runs from a lower to a higher whole number, at most {0} steps.");
    public static readonly MessageTemplate Questions = new("SafetyQuestions", "Give 1 to {0} questions, one a line.");
    public static readonly MessageTemplate WrongStage = new("SafetyWrongStage", "This fits another stage of the audit (it is at {0}).");
    public static readonly MessageTemplate Latitude = new("SafetyLatitude", "Give a place in Kosovo: latitude 41.8 to 43.3, longitude 20.0 to 21.8.");
    public static readonly MessageTemplate TargetEqualsBaseline = new("SafetyTargetEqualsBaseline", "The target must differ from the baseline.");
    public static readonly MessageTemplate Percent = new("SafetyPercent", "Between 0 and 100.");
    public static readonly MessageTemplate Budget = new("SafetyBudget", "Must be 0 or more.");
    public static readonly MessageTemplate NoActionItems = new("SafetyNoActionItems", "Add at least one action-plan item before implementation begins.");
    public static readonly MessageTemplate MinutesBeforeMeeting = new("SafetyMinutesBeforeMeeting", "Minutes are recorded once the meeting has taken place.");
    public static readonly MessageTemplate ReportMonth = new("SafetyReportMonth", "Choose a month that has begun, from 1991 on.");
    public static readonly MessageTemplate NotInThisAudit = new("SafetyNotInThisAudit", "Not part of this audit.");
}
