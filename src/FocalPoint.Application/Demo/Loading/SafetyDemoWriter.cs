using FocalPoint.Data;
using FocalPoint.Data.Bulk;

namespace FocalPoint.Application.Demo.Loading;

/// <summary>Writes the demo's safety audits and council meetings through the bulk path, parents before children.</summary>
internal static class SafetyDemoWriter
{
    public static async Task WriteAsync(FocalPointDbContext db, SafetyDemoSet set, CancellationToken cancellationToken)
    {
        await BulkWriter.InsertAsync(db, set.Audits, cancellationToken);
        await BulkWriter.InsertAsync(db, set.History, cancellationToken);
        await BulkWriter.InsertAsync(db, set.Surveys, cancellationToken);
        await BulkWriter.InsertAsync(db, set.Questions, cancellationToken);
        await BulkWriter.InsertAsync(db, set.Answers, cancellationToken);
        await BulkWriter.InsertAsync(db, set.Walks, cancellationToken);
        await BulkWriter.InsertAsync(db, set.Observations, cancellationToken);
        await BulkWriter.InsertAsync(db, set.Priorities, cancellationToken);
        await BulkWriter.InsertAsync(db, set.Items, cancellationToken);
        await BulkWriter.InsertAsync(db, set.Progress, cancellationToken);
        await BulkWriter.InsertAsync(db, set.Meetings, cancellationToken);
        await BulkWriter.InsertAsync(db, set.Attendees, cancellationToken);
        await BulkWriter.InsertAsync(db, set.Decisions, cancellationToken);
    }
}
