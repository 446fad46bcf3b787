using FocalPoint.Application.Security;
using FocalPoint.Data;

namespace FocalPoint.Application.Tracing.Traces;

/// <summary>What the trace builder shows before a request exists: the identification check and the suggested destinations.</summary>
public sealed record TracePreparation(long FirearmId, Identification Identification, IReadOnlyList<TraceRoute> Routes, bool MayUseLiaisonChannels);

/// <summary>Checks a firearm for tracing; null when the firearm is unknown or out of the user's reach.</summary>
public sealed class PrepareTrace(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<TracePreparation?> HandleAsync(long firearmId, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var firearm = await TraceAccess.TraceableFirearmAsync(db, access, firearmId, cancellationToken);
        return firearm is null ? null
            : new TracePreparation(firearm.Id, Identification.Of(firearm), TraceRoutes.Suggest(firearm), access.Holds(Capabilities.TraceLiaison));
    }
}
