using FocalPoint.Application.Common;
using FocalPoint.Application.Community.Safety;
using FocalPoint.Application.Security;
using FocalPoint.Domain.Products;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Community.Safety;

/// <summary>Municipal community safety for the coordinator: audits, their dashboard, council meetings and the council report.</summary>
internal static class SafetyApi
{
    public static void MapSafetyApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/community/safety").WithTags("Community safety").RequireAuthorization(Capabilities.CommunitySafety);
        group.MapGet("/audits", async (int? municipalityId, GetAudit get, CancellationToken ct) => TypedResults.Ok(await get.ListAsync(municipalityId, ct)))
            .WithName("ListSafetyAudits").WithSummary("Safety audits, those in progress first.");
        group.MapGet("/audits/{id:long}", async Task<Results<Ok<AuditDetails>, NotFound>> (long id, GetAudit get, CancellationToken ct) =>
                await get.HandleAsync(id, ct) is { } audit ? TypedResults.Ok(audit) : TypedResults.NotFound())
            .WithName("GetSafetyAudit").WithSummary("An audit with its stages, survey results, walks, priorities and action plan.");
        group.MapPost("/audits", async Task<Results<Created, ValidationProblem, NotFound>> (AuditSetUpInput input, SafetyAudits audits, CancellationToken ct) =>
                Created(await audits.StartAsync(input, ct)))
            .WithName("StartSafetyAudit").WithSummary("Starts an audit at set-up: municipality, title, partners, scope, area, data sources.");
        group.MapPost("/audits/{id:long}/advance", async Task<Results<NoContent, ValidationProblem, NotFound>> (long id, SafetyAudits audits, CancellationToken ct) =>
                NoContent(await audits.AdvanceAsync(id, ct)))
            .WithName("AdvanceSafetyAudit").WithSummary("Moves the audit to its next stage; implementation needs an action plan.");
        group.MapPost("/audits/{id:long}/action-items", async Task<Results<NoContent, ValidationProblem, NotFound>> (long id, ActionItemInput input, AuditSteps steps, CancellationToken ct) =>
                NoContent(await steps.ItemAsync(id, input, ct)))
            .WithName("AddActionItem").WithSummary("An action-plan item; an owner and an indicator are required.");
        group.MapGet("/audits/{id:long}/dashboard", async Task<Results<Ok<DashboardLines>, NotFound>> (long id, MunicipalDashboard dashboard, CancellationToken ct) =>
                await dashboard.HandleAsync(id, ct) is { } lines ? TypedResults.Ok(lines) : TypedResults.NotFound())
            .WithName("SafetyDashboard").WithSummary("Each action-plan indicator against baseline and target; registry-measured or entered by hand.");
        group.MapGet("/meetings", async Task<Results<Ok<MeetingYear>, NotFound>> (int municipalityId, int year, GetMeetings get, CancellationToken ct) =>
                await get.YearAsync(municipalityId, year, ct) is { } meetings ? TypedResults.Ok(meetings) : TypedResults.NotFound())
            .WithName("ListCouncilMeetings").WithSummary("A municipality's council meetings of a year with the representation of women, youth and minorities.");
        group.MapGet("/meetings/{id:long}", async Task<Results<Ok<MeetingDetails>, NotFound>> (long id, GetMeetings get, CancellationToken ct) =>
                await get.HandleAsync(id, ct) is { } meeting ? TypedResults.Ok(meeting) : TypedResults.NotFound())
            .WithName("GetCouncilMeeting").WithSummary("A meeting: agenda, attendance, minutes, decisions.");
        group.MapGet("/council-report.pdf", ReportAsync)
            .WithName("CouncilReport").WithSummary("The monthly police security report for the council: counts only, with the previous month and year; en, sq or sr.");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> ReportAsync(
        int? municipalityId, int year, int month, ProductLanguage? language, CouncilReport report, CancellationToken ct)
    {
        var result = await report.HandleAsync(new CouncilReportRequest(municipalityId, year, month, language ?? ProductLanguage.En), ct);
        return result switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
            _ => TypedResults.File(result.Value!.Pdf, "application/pdf", result.Value.FileName),
        };
    }

    private static Results<Created, ValidationProblem, NotFound> Created(CommandResult<long> result) => result switch
    {
        { NotFound: true } => TypedResults.NotFound(),
        { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
        _ => TypedResults.Created($"/api/v1/community/safety/audits/{result.Value}"),
    };

    private static Results<NoContent, ValidationProblem, NotFound> NoContent(CommandResult<long> result) => result switch
    {
        { NotFound: true } => TypedResults.NotFound(),
        { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
        _ => TypedResults.NoContent(),
    };
}
