using FocalPoint.Application.Common;
using FocalPoint.Application.Indicators.Computations;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Indicators;

/// <summary>
/// Computes the catalogue's indicators from the registry over the incidents the user may see (need-to-know: the
/// same rule as the incident list, through <see cref="ListIncidents.Apply"/>). When the user cannot see every
/// incident of the scope the set says so (<see cref="IndicatorSet.Partial"/>); it never says how many are hidden.
/// </summary>
public sealed class ComputeIndicators(FocalPointDbContext db, IAccessContext accessContext, ReferenceCache referenceCache, TimeProvider time)
{
    /// <summary>The indicators the dashboard shows; the products compute all of them.</summary>
    public static readonly IReadOnlySet<string> Dashboard = new HashSet<string>(StringComparer.Ordinal)
    {
        IndicatorIds.Incidents, IndicatorIds.FirearmsRecovered, IndicatorIds.ConvertedPrivatelyMade, IndicatorIds.AmmunitionRecovered,
        IndicatorIds.ExplosivesRecovered, IndicatorIds.Sdg1642,
    };

    public async Task<CommandResult<IndicatorSet>> HandleAsync(IndicatorScope scope, IReadOnlySet<string>? only = null, CancellationToken cancellationToken = default)
    {
        var reference = await referenceCache.GetAsync(cancellationToken);
        var errors = scope.Validate(reference, DateOnly.FromDateTime(KosovoTime.ToLocal(time.GetUtcNow().UtcDateTime)));
        if (!errors.IsEmpty)
        {
            return CommandResult<IndicatorSet>.Invalid(errors);
        }

        var access = await accessContext.GetAsync(cancellationToken);
        return CommandResult<IndicatorSet>.Ok(await ComputeAsync(scope, access, only, cancellationToken));
    }

    /// <summary>For callers that validated the scope already (the dashboard's year-earlier comparison, products).</summary>
    internal async Task<IndicatorSet> ComputeAsync(IndicatorScope scope, UserAccess access, IReadOnlySet<string>? only, CancellationToken cancellationToken)
    {
        var filter = scope.ToIncidentFilter();
        var context = new IndicatorContext(
            db, scope, ListIncidents.Apply(db, filter, access, text: null), ListIncidents.Apply(db, filter with { From = null, To = null }, access, text: null))
        {
            WholeScope = (ListIncidents.Apply(db, filter, UserAccess.System(access.UserName), text: null), IncidentVisibility.Rule(access, db)),
        };
        bool Wanted(string id) => only is null || only.Contains(id);

        var values = new List<IndicatorValue>();
        var (incidents, inScope) = await IncidentCounts.IncidentsAsync(context, cancellationToken);
        values.Add(incidents);
        if (Wanted(IndicatorIds.FirearmsRecovered) || Wanted(IndicatorIds.ConvertedPrivatelyMade))
        {
            values.AddRange(await RecoveredItems.FirearmsAsync(context, cancellationToken));
        }

        if (Wanted(IndicatorIds.AmmunitionRecovered))
        {
            values.Add(await RecoveredItems.AmmunitionAsync(context, cancellationToken));
        }

        if (Wanted(IndicatorIds.ExplosivesRecovered))
        {
            values.Add(await RecoveredItems.ExplosivesAsync(context, cancellationToken));
        }

        if (Wanted(IndicatorIds.PersonsInvolved))
        {
            values.Add(await PersonCounts.PersonsAsync(context, cancellationToken));
        }

        if (Wanted(IndicatorIds.MisuseIllegalShare))
        {
            values.Add(await IncidentCounts.MisuseIllegalShareAsync(context, cancellationToken));
        }

        if (Wanted(IndicatorIds.TraceRequests) || Wanted(IndicatorIds.TraceTimeToAnswer))
        {
            values.AddRange(await TraceTimes.TracesAsync(context, cancellationToken));
        }

        if (Wanted(IndicatorIds.TimeToCrime))
        {
            values.Add(await RecoveredItems.TimeToCrimeAsync(context, cancellationToken));
        }

        if (Wanted(IndicatorIds.CasesOpened) || Wanted(IndicatorIds.CasesClosed) || Wanted(IndicatorIds.CaseTimeToClose))
        {
            values.AddRange(await CaseTimes.CasesAsync(context, cancellationToken));
        }

        if (Wanted(IndicatorIds.Sdg1642))
        {
            values.Add(await SdgIndicator.ComputeAsync(context, cancellationToken));
        }

        // The programme's modules keep their own readers: their figures reach only those their capability names.
        if (Wanted(IndicatorIds.OfficialsTrained) && ProgrammeFigures.Applies(scope) && access.Holds(Capabilities.TrainingFigures))
        {
            values.Add(await ProgrammeFigures.TrainedAsync(context, cancellationToken));
        }

        if (Wanted(IndicatorIds.CyberIncidents) && ProgrammeFigures.Applies(scope) && access.Holds(Capabilities.CyberFigures))
        {
            values.Add(await ProgrammeFigures.CyberAsync(context, cancellationToken));
        }

        var visible = (int)incidents.Value!.Value;
        return new IndicatorSet(scope, inScope > visible, visible == 0, values);
    }
}
