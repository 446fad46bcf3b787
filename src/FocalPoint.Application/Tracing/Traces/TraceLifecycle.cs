using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Tracing;

namespace FocalPoint.Application.Tracing.Traces;

/// <summary>A step of the lifecycle a person takes on a trace.</summary>
public enum TraceMove
{
    Send,
    Acknowledge,
    Fail,
    Close,
}

/// <summary>
/// The allowed steps: draft → sent → acknowledged → answered → closed; sent or acknowledged → failed (no usable answer)
/// → closed. A draft may be closed (withdrawn). Answers are recorded by <see cref="RecordTraceAnswer"/>.
/// </summary>
public static class TraceLifecycle
{
    public static bool Allows(TraceStatus status, TraceMove move) => (status, move) switch
    {
        (TraceStatus.Draft, TraceMove.Send) => true,
        (TraceStatus.Sent, TraceMove.Acknowledge) => true,
        (TraceStatus.Sent or TraceStatus.Acknowledged, TraceMove.Fail) => true,
        (TraceStatus.Draft or TraceStatus.Answered or TraceStatus.Failed, TraceMove.Close) => true,
        _ => false,
    };

    /// <summary>The steps open to a request in this status (what the page offers).</summary>
    public static IReadOnlyList<TraceMove> MovesFrom(TraceStatus status) => [.. Enum.GetValues<TraceMove>().Where(m => Allows(status, m))];

    /// <summary>Whether an answer may still be recorded: sent, acknowledged, or failed (a late answer still counts).</summary>
    public static bool TakesAnswer(TraceStatus status) => status is TraceStatus.Sent or TraceStatus.Acknowledged or TraceStatus.Answered or TraceStatus.Failed;

    /// <summary>Sends a draft: needs the make, and the liaison officer for the police-cooperation channels.</summary>
    internal static void Send(TraceRequest request, Firearm firearm, UserAccess access, DateOnly today, ValidationErrors errors)
    {
        if (firearm.MakeId is null && request.Direction == TraceDirection.Outgoing)
        {
            errors.Add("Make", TracingMessages.MakeNeeded);
        }

        if (TraceRoutes.NeedsLiaison(request.Channel) && !access.Holds(Capabilities.TraceLiaison))
        {
            errors.Add("Channel", TracingMessages.LiaisonChannel, request.Channel);
        }

        if (errors.IsEmpty)
        {
            request.Status = TraceStatus.Sent;
            request.SentOn = today;
            request.DueOn = today.AddDays(TraceRoutes.DueDays(request.Channel));
        }
    }
}
