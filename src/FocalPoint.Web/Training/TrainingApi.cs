using FocalPoint.Application.Security;
using FocalPoint.Application.Training.Figures;
using FocalPoint.Domain.Training;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoint.Web.Training;

/// <summary>The training figures by sex, as JSON and through the one CSV/XLSX export (counts only, no names).</summary>
internal static class TrainingApi
{
    public static void MapTrainingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/training").WithTags("Training").RequireAuthorization(Capabilities.TrainingFigures);
        group.MapGet("/figures", FiguresAsync).WithName("TrainingFigures")
            .WithSummary("Participations and unique persons trained, by sex (with not recorded), in total and cut by institution, region, topic, year or age band.");
        group.MapGet("/figures.csv", ([AsParameters] TrainingQuery query, ExportTrainingFigures export, CancellationToken ct) => ExportAsync(query, false, export, ct))
            .WithName("ExportTrainingFiguresCsv").WithSummary("The training figures as CSV (audited).");
        group.MapGet("/figures.xlsx", ([AsParameters] TrainingQuery query, ExportTrainingFigures export, CancellationToken ct) => ExportAsync(query, true, export, ct))
            .WithName("ExportTrainingFiguresXlsx").WithSummary("The training figures as an XLSX workbook (audited).");
    }

    private static async Task<Results<Ok<TrainingFiguresView>, ValidationProblem, NotFound>> FiguresAsync([AsParameters] TrainingQuery query, TrainingFigures figures, CancellationToken ct)
    {
        var result = await figures.HandleAsync(query.ToFilter(), ct);
        return result switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
            _ => TypedResults.Ok(result.Value!),
        };
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> ExportAsync(TrainingQuery query, bool xlsx, ExportTrainingFigures export, CancellationToken ct)
    {
        var filter = query.ToFilter();
        using var buffer = new MemoryStream();
        var result = await export.WriteAsync(filter, xlsx, buffer, ct);
        return result switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors.ToDictionary()),
            _ => TypedResults.File(buffer.ToArray(), xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv", ExportTrainingFigures.FileName(filter, xlsx)),
        };
    }
}

/// <summary>The figures' filter as query parameters (the figures page keeps the same names in its address).</summary>
internal sealed record TrainingQuery(DateOnly? From, DateOnly? To, string? Institution, string? Region, TrainingTopic? Topic, TrainingCut? Cut)
{
    public TrainingFilter ToFilter() => new(From, To, Institution, Region, Topic, Cut ?? TrainingCut.Institution);
}
