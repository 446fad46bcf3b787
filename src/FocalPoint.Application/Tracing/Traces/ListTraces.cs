using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tracing.Traces;

/// <summary>What the tracing list shows; every property is a query parameter of /traces (ids and codes only).</summary>
public sealed record TraceFilter(
    TraceDirection? Direction = null, TraceStatus? Status = null, bool OverdueOnly = false, TraceChannel? Channel = null, string? Country = null, int Page = 1, int PageSize = 50);

public sealed record TraceRow(
    long Id, TraceDirection Direction, TraceChannel Channel, string? Country, TraceStatus Status, DateOnly? SentOn, DateOnly? DueOn,
    bool Overdue, long FirearmId, string? SerialAsWritten, string IncidentReference);

/// <summary>Open and overdue requests of one destination (channel and country).</summary>
public sealed record DestinationLoad(TraceChannel Channel, string? Country, int Open, int Overdue, DateOnly? OldestDue);

public sealed record TraceList(PagedResult<TraceRow> Rows, IReadOnlyList<DestinationLoad> Destinations);

/// <summary>Trace requests within reach, newest first, with the open and overdue load per destination (the reminder list).</summary>
public sealed class ListTraces(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    public const int MaxPageSize = 200;

    public async Task<TraceList> HandleAsync(TraceFilter filter, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var visible = TraceAccess.Visible(db, access).AsNoTracking();
        var open = visible.Where(t => t.Status == TraceStatus.Sent || t.Status == TraceStatus.Acknowledged);
        var destinations = (await open.GroupBy(t => new { t.Channel, t.DestinationCountry })
                .Select(g => new { g.Key.Channel, g.Key.DestinationCountry, Open = g.Count(), Overdue = g.Count(t => t.DueOn < today), Oldest = g.Min(t => t.DueOn) })
                .ToListAsync(cancellationToken))
            .Select(g => new DestinationLoad(g.Channel, g.DestinationCountry, g.Open, g.Overdue, g.Oldest))
            .OrderByDescending(d => d.Overdue).ThenByDescending(d => d.Open).ToList();

        var rows = visible;
        if (filter.Direction is { } direction) rows = rows.Where(t => t.Direction == direction);
        if (filter.Status is { } status) rows = rows.Where(t => t.Status == status);
        if (filter.Channel is { } channel) rows = rows.Where(t => t.Channel == channel);
        if (!string.IsNullOrEmpty(filter.Country)) rows = rows.Where(t => t.DestinationCountry == filter.Country);
        if (filter.OverdueOnly) rows = rows.Where(t => (t.Status == TraceStatus.Sent || t.Status == TraceStatus.Acknowledged) && t.DueOn < today);

        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var total = await rows.Take(PagedResult<TraceRow>.CountCap + 1).CountAsync(cancellationToken);
        var items = await (filter.OverdueOnly ? rows.OrderBy(t => t.DueOn).ThenBy(t => t.Id) : rows.OrderByDescending(t => t.Id))
            .Skip((page - 1) * size).Take(size)
            .Select(t => new { t.Id, t.Direction, t.Channel, t.DestinationCountry, t.Status, t.SentOn, t.DueOn, t.FirearmId, t.Firearm!.SerialAsWritten, t.Firearm.Incident!.Reference })
            .ToListAsync(cancellationToken);
        var result = items.Select(t => new TraceRow(t.Id, t.Direction, t.Channel, t.DestinationCountry, t.Status, t.SentOn, t.DueOn,
            TraceOverdue.Is(t.Status, t.DueOn, today), t.FirearmId, t.SerialAsWritten, t.Reference)).ToList();
        return new TraceList(
            new PagedResult<TraceRow>(result, page, size, Math.Min(total, PagedResult<TraceRow>.CountCap), total > PagedResult<TraceRow>.CountCap),
            destinations);
    }
}
