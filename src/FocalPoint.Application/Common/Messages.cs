namespace FocalPoint.Application.Common;

/// <summary>
/// The messages use cases give people. Each has a row "Msg_{Code}" in tools/strings.tsv (a test checks every one in
/// every language); the English here is what the API and the CLI say.
/// </summary>
public static class Messages
{
    public static readonly MessageTemplate Required = new("Required", "Required.");
    public static readonly MessageTemplate AtMostCharacters = new("AtMostCharacters", "At most {0} characters (this has {1}).");
    public static readonly MessageTemplate AtMostCharactersPlain = new("AtMostCharactersPlain", "At most {0} characters.");
    public static readonly MessageTemplate ControlCharacters = new("ControlCharacters", "Contains control characters.");
    public static readonly MessageTemplate NoMarkup = new("NoMarkup", "Markup such as <tag> is not accepted in text fields.");
    public static readonly MessageTemplate Between = new("Between", "Must be between {0} and {1}.");
    public static readonly MessageTemplate PageFromOne = new("PageFromOne", "Must be 1 or more.");
    public static readonly MessageTemplate ToBeforeFrom = new("ToBeforeFrom", "Must not be before From.");
    public static readonly MessageTemplate UnknownValue = new("UnknownValue", "Unknown value. Accepted: {0}.");
    public static readonly MessageTemplate UnknownMunicipality = new("UnknownMunicipality", "Unknown municipality {0}. Accepted: {1}.");
    public static readonly MessageTemplate PlaceEitherOr = new("PlaceEitherOr", "Give either a municipality in Kosovo or a place abroad, not both.");
    public static readonly MessageTemplate PlaceAbroadNotKosovo = new("PlaceAbroadNotKosovo", "A place in Kosovo is given by its municipality, not as a place abroad.");
    public static readonly MessageTemplate UnknownCrossingPoint = new("UnknownCrossingPoint", "Unknown crossing point {0}. Accepted: {1}.");
    public static readonly MessageTemplate UnknownDirectorate = new("UnknownDirectorate", "Unknown directorate.");
    public static readonly MessageTemplate UnknownAgency = new("UnknownAgency", "Unknown agency.");
    public static readonly MessageTemplate BothCoordinates = new("BothCoordinates", "Give both latitude and longitude, or neither.");
    public static readonly MessageTemplate TimeSkipped = new("TimeSkipped", "This local time does not exist: clocks moved forward that night.");
    public static readonly MessageTemplate NotInFuture = new("NotInFuture", "Cannot be in the future.");
    public static readonly MessageTemplate From1990 = new("From1990", "Must be in 1990 or later.");
    public static readonly MessageTemplate FirearmTypeMissing = new("FirearmTypeMissing", "Choose a firearm type. Accepted: {0}.");
    public static readonly MessageTemplate FirearmTypeUnknown = new("FirearmTypeUnknown", "Unknown firearm type. Accepted: {0}.");
    public static readonly MessageTemplate UnknownMake = new("UnknownMake", "Unknown make. Accepted: {0}.");
    public static readonly MessageTemplate UnknownCalibre = new("UnknownCalibre", "Unknown calibre. Accepted: {0}.");
    public static readonly MessageTemplate UnknownCountry = new("UnknownCountry", "Unknown country. Use an ISO 3166-1 alpha-2 code; accepted: {0}.");
    public static readonly MessageTemplate SerialTwice = new("SerialTwice", "Serial {0} appears twice in this incident.");
    public static readonly MessageTemplate EuSubcategory = new("EuSubcategory", "Needs a category, and a point between 1 and 12 of Annex I.");
    public static readonly MessageTemplate ItemsPerKind = new("ItemsPerKind", "At most {0} items of each kind per incident.");
    public static readonly MessageTemplate CountOrMass = new("CountOrMass", "Give a count or a mass.");
    public static readonly MessageTemplate ForeignItem = new("ForeignItem", "Refers to an item that does not belong to this incident.");
    public static readonly MessageTemplate UnknownRecord = new("UnknownRecord", "Unknown record: it is not in the registry or not within your reach.");
    public static readonly MessageTemplate PersonTwice = new("PersonTwice", "This person is already on the incident.");
    public static readonly MessageTemplate NameOrNumber = new("NameOrNumber", "Give a name or a personal number.");
    public static readonly MessageTemplate NameLength = new("NameLength", "Between 2 and 100 characters.");
    public static readonly MessageTemplate PageAndSize = new("PageAndSize", "Page from 1, page size from 1 to {0}.");
    public static readonly MessageTemplate AliasTaken = new("AliasTaken", "\"{0}\" already means {1}.");
    public static readonly MessageTemplate NameTaken = new("NameTaken", "Another record already has this name.");
    public static readonly MessageTemplate CodeTaken = new("CodeTaken", "Another record already has this code.");
    public static readonly MessageTemplate PasswordRequired = new("PasswordRequired", "An initial password is required.");
    public static readonly MessageTemplate UserNameRequired = new("UserNameRequired", "A user name of at most 256 characters is required.");
    public static readonly MessageTemplate DisplayNameRequired = new("DisplayNameRequired", "A display name of at most 200 characters is required.");
    public static readonly MessageTemplate RolesRequired = new("RolesRequired", "Give at least one role, each one of: {0}.");
    public static readonly MessageTemplate ChartTitle = new("ChartTitle", "Give the chart a title of 1 to {0} characters.");
    public static readonly MessageTemplate ChartNodes = new("ChartNodes", "A saved chart holds 1 to {0} nodes.");
    public static readonly MessageTemplate ChartNodeKeys = new("ChartNodeKeys", "Every node needs a key such as \"incident:12\" and a finite position.");
    public static readonly MessageTemplate ChartGroupNames = new("ChartGroupNames", "Group names have at most 100 characters.");
    public static readonly MessageTemplate ChartPurpose = new("ChartPurpose", "This answer shows persons: state why ({0} to {1} characters); it is recorded in the audit log.");
    public static readonly MessageTemplate ChartAnalyseNodes = new("ChartAnalyseNodes", "Put 1 to {0} nodes on the chart first.");
    public static readonly MessageTemplate ChartPathLength = new("ChartPathLength", "From 1 to {0} links.");
    public static readonly MessageTemplate ChartUnknownEntity = new("ChartUnknownEntity", "Unknown entity: it is not in the registry or not within your reach.");
    public static readonly MessageTemplate ChartSearchText = new("ChartSearchText", "Type 2 to 100 letters or digits: a reference, serial, plate, phone or name.");
    public static readonly MessageTemplate ChartExpandSeeds = new("ChartExpandSeeds", "Select 1 to {0} nodes to expand.");
    public static readonly MessageTemplate ChartHops = new("ChartHops", "From 1 to {0} hops.");
    public static readonly MessageTemplate ChartExportNodes = new("ChartExportNodes", "Export 1 to {0} nodes.");
    public static readonly MessageTemplate DateBetween = new("DateBetween", "Must be between {0:yyyy-MM-dd} and today.");
    public static readonly MessageTemplate UnknownFirearmTypeFilter = new("UnknownFirearmTypeFilter", "Unknown firearm type.");
    public static readonly MessageTemplate RecoveryKind = new("RecoveryKind", "Must be a kind that recovers arms: {0}.");
    public static readonly MessageTemplate NoteKind = new("NoteKind", "Fact or Assessment.");
    public static readonly MessageTemplate NoSuchIncident = new("NoSuchIncident", "No such incident.");
    public static readonly MessageTemplate OtherEntity = new("OtherEntity", "Choose another entity of the same kind that is within your reach.");
    public static readonly MessageTemplate TickRecords = new("TickRecords", "Tick one or more records of this entity to move out.");
    public static readonly MessageTemplate OneRecordStays = new("OneRecordStays", "At least one record must stay in the entity.");
    public static readonly MessageTemplate SayWhy = new("SayWhy", "Say why in at least {0} characters.");
    public static readonly MessageTemplate AtLeastCharacters = new("AtLeastCharacters", "At least {0} characters.");
    public static readonly MessageTemplate LinkageSettings = new("LinkageSettings", "The resolution settings are not usable: {0}");
    public static readonly MessageTemplate UnknownPlaceholder = new("UnknownPlaceholder", "Unknown placeholder {0}: FocalPoint cannot fill it. Nothing was saved.");
    public static readonly MessageTemplate UnknownDimension = new("UnknownDimension", "Unknown breakdown {0}. Accepted: {1}.");
    public static readonly MessageTemplate DefinitionUnchanged = new("DefinitionUnchanged", "Nothing differs from version {0}: no new version was made.");
    public static readonly MessageTemplate ProductPeriod = new("ProductPeriod", "Write the period as {0}, a whole period that has ended.");
    public static readonly MessageTemplate ProductEmpty = new("ProductEmpty", "No incident that you may see falls in this period: there is nothing to publish.");
    public static readonly MessageTemplate ViewLimit = new("ViewLimit", "You have {0} saved views, the most kept per person: delete one first.");
    public static readonly MessageTemplate CaseOwnerRequired = new("CaseOwnerRequired", "A case needs an owner.");
    public static readonly MessageTemplate CaseUserNotEligible = new("CaseUserNotEligible", "{0} is not an account that works on cases.");
    public static readonly MessageTemplate CaseAlreadyMember = new("CaseAlreadyMember", "{0} is already on the team.");
    public static readonly MessageTemplate CaseOwnerStays = new("CaseOwnerStays", "The owner stays on the team: give the case another owner first.");
    public static readonly MessageTemplate CaseAlreadyAttached = new("CaseAlreadyAttached", "This record is already in the case.");
    public static readonly MessageTemplate CaseAssigneeOnTeam = new("CaseAssigneeOnTeam", "Give the task to a member of the case team.");
    public static readonly MessageTemplate CaseEvaluation = new("CaseEvaluation", "Choose the source (A, B, C, X) and information (1-4) evaluation.");
}
