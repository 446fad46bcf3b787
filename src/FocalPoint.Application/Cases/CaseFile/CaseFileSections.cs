using FocalPoint.Application.Reports.Products;
using FocalPoint.Domain.Links;
using static FocalPoint.Application.Cases.CaseFile.CaseFileDocument;

namespace FocalPoint.Application.Cases.CaseFile;

/// <summary>The body of each section of the case file (encoded HTML).</summary>
internal static class CaseFileSections
{
    public static string Summary(CaseFileContent f)
    {
        var c = f.Case;
        string Row(string key, string value) => $"<tr><th>{W(f, key)}</th><td>{value}</td></tr>";
        return "<table>"
            + Row("Reference", E(c.Reference)) + Row("Case_Title", E(c.Title)) + Row("Status", T(f, $"CaseStatus_{c.Status}"))
            + Row("Case_Priority", T(f, $"CasePriority_{c.Priority}")) + Row("Case_Owner", E(c.Owner)) + Row("Case_Team", E(string.Join(", ", c.Team)))
            + Row("Handling", $"{E(c.HandlingCode.ToString())} · {T(f, $"Tlp_{c.Tlp}")}") + Row("Case_Summary", E(c.Summary))
            + "</table>";
    }

    public static string Incidents(CaseFileContent f) => Table(
        [W(f, "Reference"), W(f, "When"), W(f, "Kind"), W(f, "Handling")],
        f.Case.Incidents.Select(i => (IReadOnlyList<string>)[E(i.Reference), E(i.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), T(f, $"IncidentKind_{i.Kind}"), $"{i.HandlingCode} · {T(f, $"Tlp_{i.Tlp}")}"]),
        W(f, "None_Recorded"))
        + (f.Case.IncidentsOutOfReach > 0 ? $"<p class=\"empty\">{E(ProductText.Format("CaseFile_OutOfReach", f.Language, f.Case.IncidentsOutOfReach))}</p>" : "");

    public static string Items(CaseFileContent f) => Table(
        [W(f, "Reference"), W(f, "Weapon_Type"), W(f, "Make"), W(f, "Model"), W(f, "Calibre"), W(f, "Serial")],
        f.Firearms.Select(x => (IReadOnlyList<string>)[E(x.IncidentReference), E(x.Type), E(x.Make), E(x.Model), E(x.Calibre), E(x.Serial)]),
        W(f, "None_Recorded"))
        + Table(
            [W(f, "Kind"), W(f, "Case_Record")],
            f.Case.Records.Where(r => r.Kind == EntityKind.Vehicle).Select(r => (IReadOnlyList<string>)[T(f, "EntityKind_Vehicle"), E(r.Label)]),
            "");

    public static string Persons(CaseFileContent f) => f.PersonsWithheld
        ? $"<p class=\"empty\">{W(f, "CaseFile_PersonsWithheld")}</p>"
        : Table(
            [W(f, "Name"), W(f, "Date_Of_Birth"), W(f, "Nationality"), W(f, "Role"), W(f, "Reference")],
            f.Persons.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (IReadOnlyList<string>)[
                E(p.Name), E(p.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), E(p.Nationality), T(f, $"PersonRole_{p.Role}"), E(p.IncidentReference ?? "—")]),
            W(f, "None_Recorded"));

    public static string Tasks(CaseFileContent f) => Table(
        [W(f, "Case_Task"), W(f, "Case_Assignee"), W(f, "Case_Due"), W(f, "Status")],
        f.Case.Tasks.Select(t => (IReadOnlyList<string>)[E(t.Title), E(t.Assignee), E(t.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), T(f, $"CaseTaskStatus_{t.Status}")]),
        W(f, "None_Recorded"));

    public static string Journal(CaseFileContent f) => Table(
        [W(f, "When"), W(f, "Kind"), W(f, "Case_Evaluation"), W(f, "Case_Note")],
        f.Case.Journal.Select(j => (IReadOnlyList<string>)[
            Time(j.CreatedAtUtc) + "<br>" + E(j.Author), T(f, $"NoteKind_{j.Kind}"), $"{j.SourceReliability}{(int)j.InformationAccuracy}", E(j.Text)]),
        W(f, "None_Recorded"));

    public static string History(CaseFileContent f) => Table(
        [W(f, "When"), W(f, "Case_ChangedBy"), W(f, "Status"), W(f, "Case_Owner"), W(f, "Case_Priority")],
        f.Case.History.Select(h => (IReadOnlyList<string>)[
            Time(h.ChangedAtUtc), E(h.ChangedBy), T(f, $"CaseStatus_{h.NewStatus}"), E(h.NewOwner), T(f, $"CasePriority_{h.NewPriority}")]),
        W(f, "None_Recorded"));

    private static string T(CaseFileContent f, string key) => E(ProductText.Get(key, f.Language));
}
