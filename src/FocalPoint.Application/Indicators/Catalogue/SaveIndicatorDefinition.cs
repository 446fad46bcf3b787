using System.Globalization;
using System.Reflection;
using FocalPoint.Application.Common;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Indicators.Catalogue;

/// <summary>
/// Saves an administrator's change to an indicator's definition as its next version. The version in force is replaced,
/// every earlier version is kept unchanged (<see cref="IndicatorDefinitionVersion"/>), and published products keep the
/// definitions they were made with, version number included, in their stored inputs. Bad input changes nothing; a save
/// that differs in nothing makes no version. Audited as Alter of the catalogue entry.
/// </summary>
public sealed class SaveIndicatorDefinition(FocalPointDbContext db, IAuditLog audit)
{
    public const string RecordKind = "IndicatorDefinition";
    public const int MinReasonLength = 5;

    /// <summary>The dimensions a breakdown may name: the constants of <see cref="Dimensions"/>, the one list.</summary>
    public static readonly IReadOnlyList<string> KnownDimensions = [.. typeof(Dimensions)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    public async Task<CommandResult<int>> HandleAsync(string id, IndicatorDefinitionInput input, CancellationToken cancellationToken = default)
    {
        var definition = await db.IndicatorDefinitions.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (definition is null)
        {
            return CommandResult<int>.Missing();
        }

        var kpis = await db.RoadmapKpis.AsNoTracking().Select(k => new { k.Id, k.Number }).ToListAsync(cancellationToken);
        var errors = Validate(input, kpis.Select(k => k.Number).Order().ToList());
        if (!errors.IsEmpty)
        {
            return CommandResult<int>.Invalid(errors);
        }

        if (definition.Version != input.ExpectedVersion)
        {
            return CommandResult<int>.Conflicted();
        }

        var kpiId = input.Kpi is { } number ? kpis.Single(k => k.Number == number).Id : (int?)null;
        var before = IndicatorDefinitionVersion.Of(definition, reason: "");
        Apply(definition, input, kpiId);
        if (before.SameTextAs(IndicatorDefinitionVersion.Of(definition, reason: "")))
        {
            errors.Add(nameof(IndicatorDefinitionInput.Definition), Messages.DefinitionUnchanged, definition.Version);
            return CommandResult<int>.Invalid(errors);
        }

        // A catalogue seeded before versions were kept has no row for the version in force: it is written now, as it stood.
        if (!await db.IndicatorDefinitionVersions.AnyAsync(v => v.IndicatorId == id, cancellationToken))
        {
            db.IndicatorDefinitionVersions.Add(before);
        }

        definition.Version++;
        db.IndicatorDefinitionVersions.Add(IndicatorDefinitionVersion.Of(definition, input.Reason.Trim()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator saved the same version a moment earlier (concurrency token or the unique number).
            return CommandResult<int>.Conflicted();
        }

        await audit.RecordAsync(
            new AuditEvent(AuditAction.Alter, RecordKind, [id], Detail: "version " + definition.Version.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        return CommandResult<int>.Ok(definition.Version);
    }

    public static ValidationErrors Validate(IndicatorDefinitionInput input, IReadOnlyList<int> kpiNumbers)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.NameEn), input.NameEn, 100, required: true);
        TextRules.Check(errors, nameof(input.NameSq), input.NameSq, 100, required: true);
        TextRules.Check(errors, nameof(input.NameSr), input.NameSr, 100, required: true);
        TextRules.Check(errors, nameof(input.Definition), input.Definition, IndicatorDefinition.MaxTextLength, required: true);
        TextRules.Check(errors, nameof(input.DefinitionSq), input.DefinitionSq, IndicatorDefinition.MaxTextLength, required: true);
        TextRules.Check(errors, nameof(input.DefinitionSr), input.DefinitionSr, IndicatorDefinition.MaxTextLength, required: true);
        TextRules.Check(errors, nameof(input.Formula), input.Formula, IndicatorDefinition.MaxTextLength, required: true);
        TextRules.Check(errors, nameof(input.Unit), input.Unit, 40, required: true);
        TextRules.Check(errors, nameof(input.Source), input.Source, 200, required: true);
        TextRules.Check(errors, nameof(input.SourceSq), input.SourceSq, 200, required: true);
        TextRules.Check(errors, nameof(input.SourceSr), input.SourceSr, 200, required: true);
        TextRules.Check(errors, nameof(input.Disaggregations), input.Disaggregations, 200);
        foreach (var unknown in SplitDimensions(input.Disaggregations).Where(d => !KnownDimensions.Contains(d)))
        {
            errors.Add(nameof(input.Disaggregations), Messages.UnknownDimension, unknown, string.Join(", ", KnownDimensions));
        }

        if (!Enum.IsDefined(input.PeriodType))
        {
            errors.Add(nameof(input.PeriodType), Messages.UnknownValue, string.Join(", ", Enum.GetNames<PeriodType>()));
        }

        if (input.Kpi is { } kpi && !kpiNumbers.Contains(kpi))
        {
            errors.Add(nameof(input.Kpi), Messages.UnknownValue, string.Join(", ", kpiNumbers));
        }

        TextRules.Check(errors, nameof(input.Reason), input.Reason, IndicatorDefinitionVersion.MaxReasonLength, required: true, multiline: true);
        if (!string.IsNullOrWhiteSpace(input.Reason) && input.Reason.Trim().Length < MinReasonLength)
        {
            errors.Add(nameof(input.Reason), Messages.SayWhy, MinReasonLength);
        }

        return errors;
    }

    private static IEnumerable<string> SplitDimensions(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Apply(IndicatorDefinition d, IndicatorDefinitionInput input, int? kpiId)
    {
        (d.NameEn, d.NameSq, d.NameSr) = (input.NameEn.Trim(), input.NameSq.Trim(), input.NameSr.Trim());
        (d.Definition, d.DefinitionSq, d.DefinitionSr) = (input.Definition.Trim(), input.DefinitionSq.Trim(), input.DefinitionSr.Trim());
        (d.Formula, d.Unit, d.PeriodType, d.KpiId) = (input.Formula.Trim(), input.Unit.Trim(), input.PeriodType, kpiId);
        d.Disaggregations = string.Join(",", SplitDimensions(input.Disaggregations).Distinct(StringComparer.Ordinal));
        (d.Source, d.SourceSq, d.SourceSr) = (input.Source.Trim(), input.SourceSq.Trim(), input.SourceSr.Trim());
    }
}
