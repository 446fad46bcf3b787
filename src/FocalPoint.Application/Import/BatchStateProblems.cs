using System.Globalization;
using FocalPoint.Domain.Import;

namespace FocalPoint.Application.Import;

/// <summary>What a user is told when a command does not fit the batch's state: the state, and what can be done instead.</summary>
internal static class BatchStateProblems
{
    public enum Command
    {
        Commit,
        Discard,
        Rollback,
    }

    public static ImportProblem For(ImportBatch batch, Command command)
    {
        var id = batch.Id.ToString(CultureInfo.InvariantCulture);
        var (code, message) = (batch.State, command) switch
        {
            (ImportBatchState.Committed, Command.Discard) => ("BatchCommittedDiscard", $"Batch {id} is committed: roll it back to remove its records."),
            (ImportBatchState.Committed, _) => ("BatchCommitted", $"Batch {id} is already committed: nothing to do."),
            (ImportBatchState.RolledBack, _) => ("BatchRolledBack", $"Batch {id} was already rolled back: its records are gone. Import the file again for a new batch."),
            (ImportBatchState.Discarded, _) => ("BatchDiscarded", $"Batch {id} was discarded. Import the file again for a new batch."),
            (ImportBatchState.Failed, Command.Rollback) => ("BatchFailedRollback", $"Batch {id} was refused or failed: nothing was imported, so there is nothing to roll back."),
            (ImportBatchState.Failed, _) => ("BatchFailed", $"Batch {id} was refused or failed: correct the file and import it again."),
            _ => ("BatchNotCommitted", $"Batch {id} is not committed: nothing to roll back. Resume or discard it."),
        };
        return new ImportProblem(ImportProblemKind.Conflict, message, code, [id]);
    }

    /// <summary>A staged batch whose stored file is gone (deleted by hand, another disk): it can only be discarded.</summary>
    public static ImportProblem FileGone(ImportBatch batch)
    {
        var id = batch.Id.ToString(CultureInfo.InvariantCulture);
        return new ImportProblem(ImportProblemKind.Conflict,
            $"Batch {id}: the stored copy of {batch.FileName} is gone; nothing was imported. Discard the batch and import the file again.", "BatchFileGone", [id, batch.FileName]);
    }
}
