using FocalPoint.Application.Common;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Reports.Pdf;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Products;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Community.Safety;

public sealed record CouncilReportRequest(int? MunicipalityId, int Year, int Month, ProductLanguage Language = ProductLanguage.En);

/// <summary>The month's counts beside the previous month and the same month a year earlier.</summary>
public sealed record CouncilReportContent(
    string Municipality, int Year, int Month, ProductLanguage Language, DateTime PreparedAtUtc, KindCounts Month0, KindCounts PreviousMonth, KindCounts YearEarlier);

public sealed record CouncilReportFile(byte[] Pdf, string FileName);

/// <summary>
/// The police station commander's monthly security report to the council (MCSC) for one municipality and month:
/// counts by kind from the registry (the indicator computation, through <see cref="MunicipalFigures"/>), no record and
/// no person, in English, Albanian or Serbian, printed by the one PDF renderer (ADR 0020). Each print is audited.
/// </summary>
public sealed class CouncilReport(FocalPointDbContext db, MunicipalFigures figures, IAccessContext accessContext, IPdfRenderer pdf, IAuditLog audit, TimeProvider time)
{
    public async Task<CommandResult<CouncilReportFile>> HandleAsync(CouncilReportRequest request, CancellationToken cancellationToken = default)
    {
        if (!SafetyAccess.Admits(await accessContext.GetAsync(cancellationToken)))
        {
            return CommandResult<CouncilReportFile>.Missing();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(KosovoTime.ToLocal(now));
        var errors = new ValidationErrors();
        var municipality = request.MunicipalityId is { } id ? await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) : null;
        if (municipality is null)
        {
            SafetyRules.Municipality(errors, request.MunicipalityId, new HashSet<int>());
        }

        if (request.Month is < 1 or > 12 || request.Year < IndicatorScope.Earliest.Year + 1 || new DateOnly(Math.Clamp(request.Year, 1, 9999), Math.Clamp(request.Month, 1, 12), 1) > today)
        {
            errors.Add(nameof(request.Month), SafetyMessages.ReportMonth);
        }

        if (!Enum.IsDefined(request.Language))
        {
            errors.Add(nameof(request.Language), Messages.UnknownValue, string.Join(", ", Enum.GetNames<ProductLanguage>()));
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<CouncilReportFile>.Invalid(errors);
        }

        var scope = IndicatorScope.Month(request.Year, request.Month) with { MunicipalityId = municipality!.Id };
        var previous = new DateOnly(request.Year, request.Month, 1).AddMonths(-1);
        var content = new CouncilReportContent(
            Reports.Products.ProductText.Name(municipality, request.Language), request.Year, request.Month, request.Language, now,
            await figures.CountAsync(scope, cancellationToken),
            await figures.CountAsync(IndicatorScope.Month(previous.Year, previous.Month) with { MunicipalityId = municipality.Id }, cancellationToken),
            await figures.CountAsync(scope.YearEarlier(), cancellationToken));
        var bytes = await pdf.RenderAsync(CouncilReportDocument.Page(content), CouncilReportDocument.Margins(content), cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Export, "Municipality", [$"Municipality/{municipality.Id}"], Detail: $"council report {request.Year}-{request.Month:00} {request.Language}"), cancellationToken);
        return CommandResult<CouncilReportFile>.Ok(new CouncilReportFile(bytes, $"council-report-{municipality.Code}-{request.Year}-{request.Month:00}-{request.Language.ToString().ToLowerInvariant()}.pdf"));
    }
}
