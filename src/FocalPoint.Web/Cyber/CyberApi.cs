using FocalPoint.Application.Common;
using FocalPoint.Application.Cyber.Reporting;
using FocalPoint.Application.Cyber.Work;
using FocalPoint.Application.Security;
using FocalPoint.Domain.Cyber;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoint.Web.Cyber;

/// <summary>The cyber unit's queue, incidents, clocks, notes, figures and exports; an organisation's reports.</summary>
internal static class CyberApi
{
    public static void MapCyberApi(this RouteGroupBuilder api)
    {
        var unit = api.MapGroup("/cyber").WithTags("Cyber");
        unit.MapGet("/incidents", ListAsync).RequireAuthorization(Capabilities.CyberWork).WithName("ListCyberIncidents")
            .WithSummary("The triage queue: open incidents (view=Open), those with a clock overdue (Overdue) or all, most urgent first.");
        unit.MapGet("/incidents/{id:long}", GetAsync).RequireAuthorization(Capabilities.CyberWork).WithName("GetCyberIncident")
            .WithSummary("One incident with its clocks, indicators, attachments and notes (audited; the reporter's contact is not included).");
        unit.MapPost("/incidents/{id:long}/triage", TriageAsync).RequireAuthorization(Capabilities.CyberWork).WithName("TriageCyberIncident")
            .WithSummary("Sets status, severity, TLP and assignee.");
        unit.MapPost("/incidents/{id:long}/clocks", MeetClockAsync).RequireAuthorization(Capabilities.CyberWork).WithName("MeetCyberClock")
            .WithSummary("Records that the early warning, notification or final report was made now.");
        unit.MapPost("/incidents/{id:long}/notes", NoteAsync).RequireAuthorization(Capabilities.CyberWork).WithName("AddCyberNote")
            .WithSummary("Adds a working note.");
        unit.MapGet("/figures/{year:int}", FiguresAsync).RequireAuthorization(Capabilities.CyberWork).WithName("CyberFigures")
            .WithSummary("Incidents of a year by month, sector, type and reporter kind; early warnings on time and late.");
        unit.MapGet("/incidents/{id:long}/stix.json", (long id, ExportCyberIncident handler, CancellationToken ct) => ExportAsync(id, CyberExportFormat.Stix, handler, ct))
            .RequireAuthorization(Capabilities.CyberWork).WithName("ExportCyberIncidentStix").WithSummary("The incident as a STIX 2.1 bundle (audited).");
        unit.MapGet("/incidents/{id:long}/misp.json", (long id, ExportCyberIncident handler, CancellationToken ct) => ExportAsync(id, CyberExportFormat.Misp, handler, ct))
            .RequireAuthorization(Capabilities.CyberWork).WithName("ExportCyberIncidentMisp").WithSummary("The incident as a MISP event in the MISP core format (audited).");
        unit.MapPost("/reports", InstitutionalAsync).RequireAuthorization(Capabilities.CyberReport).WithName("CyberInstitutionalReport")
            .WithSummary("Reports an incident for the caller's registered organisation.");
    }

    internal sealed record ClockBody(CyberClock Clock, int Version);

    internal sealed record NoteBody(string? Text);

    private static async Task<Ok<IReadOnlyList<CyberQueueRow>>> ListAsync([FromQuery] CyberQueueView? view, ListCyberQueue handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(view ?? CyberQueueView.Open, ct));

    private static async Task<Results<Ok<CyberIncidentDetails>, NotFound>> GetAsync(long id, GetCyberIncident handler, CancellationToken ct) =>
        await handler.HandleAsync(id, ct) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    private static async Task<Results<Ok<int>, ValidationProblem, NotFound, Conflict>> TriageAsync(long id, CyberTriageInput body, WorkCyberIncident handler, CancellationToken ct) =>
        ToResult(await handler.TriageAsync(id, body, ct));

    private static async Task<Results<Ok<int>, ValidationProblem, NotFound, Conflict>> MeetClockAsync(long id, ClockBody body, WorkCyberIncident handler, CancellationToken ct) =>
        ToResult(await handler.MeetClockAsync(id, body.Clock, body.Version, ct));

    private static async Task<Results<Ok<int>, ValidationProblem, NotFound, Conflict>> NoteAsync(long id, NoteBody body, WorkCyberIncident handler, CancellationToken ct) =>
        ToResult(await handler.AddNoteAsync(id, body.Text, ct));

    private static async Task<Results<Ok<CyberFiguresView>, NotFound>> FiguresAsync(int year, CyberFigures handler, CancellationToken ct) =>
        await handler.HandleAsync(year, ct) is { } figures ? TypedResults.Ok(figures) : TypedResults.NotFound();

    /// <summary>An institutional report: the public fields plus the service affected, users affected and cross-border impact.</summary>
    internal sealed record InstitutionalBody(
        CyberIncidentType Type, string? Title, string? Description, string? Contact, DateTime? DetectedAtUtc, string? ServiceAffected,
        int? UsersAffected, bool CrossBorder, IReadOnlyList<CyberIndicatorInput>? Indicators);

    private static async Task<Results<Created<CyberPublicApi.ReceiptBody>, ValidationProblem, NotFound>> InstitutionalAsync(
        InstitutionalBody body, SubmitCyberReport handler, CancellationToken ct)
    {
        var input = new CyberReportInput
        {
            Type = body.Type, Title = body.Title, Description = body.Description, Contact = body.Contact, DetectedAtUtc = body.DetectedAtUtc?.ToUniversalTime(),
            ServiceAffected = body.ServiceAffected, UsersAffected = body.UsersAffected, CrossBorder = body.CrossBorder, Indicators = [.. body.Indicators ?? []],
        };
        var result = await handler.InstitutionalAsync(input, ct);
        return result.NotFound ? TypedResults.NotFound()
            : result.Errors is { } e ? TypedResults.ValidationProblem(e.ToDictionary(), title: "The report was not accepted; nothing was stored.")
            : TypedResults.Created("/api/v1/cyber/reports", new CyberPublicApi.ReceiptBody(result.Value!.TrackingCode, result.Value.Secret));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(long id, CyberExportFormat format, ExportCyberIncident handler, CancellationToken ct) =>
        await handler.HandleAsync(id, format, ct) is { } json
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })),
                "application/json", $"cyber-incident-{id}-{format.ToString().ToLowerInvariant()}.json")
            : TypedResults.NotFound();

    private static Results<Ok<int>, ValidationProblem, NotFound, Conflict> ToResult(CommandResult<int> result) =>
        result.NotFound ? TypedResults.NotFound() : result.Conflict ? TypedResults.Conflict()
        : result.Errors is { } e ? TypedResults.ValidationProblem(e.ToDictionary()) : TypedResults.Ok(result.Value);
}
