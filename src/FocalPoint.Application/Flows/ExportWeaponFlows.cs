using System.Globalization;
using CsvHelper;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Data.Auditing;

namespace FocalPoint.Application.Flows;

/// <summary>
/// The weapon flows of a filter as CSV, one line per route, with codes and English names (the file is read by
/// other tools, so it does not change with the UI language). Counts only, no references or persons; the export is
/// audited like every other export.
/// </summary>
public sealed class ExportWeaponFlows(BuildWeaponFlows build, ReferenceCache referenceCache, IAuditLog audit)
{
    public const string RecordKind = "WeaponFlows";

    public static readonly string[] Header =
    [
        "ManufactureCountry", "ManufactureCountryName", "LastLegalImportCountry", "LastLegalImportCountryName",
        "Transit", "TransitCountry", "TransitCountryName", "MunicipalityCode", "Municipality", "Firearms",
    ];

    /// <summary>Null when written; the field errors when the filter is invalid (nothing is written or audited then).</summary>
    public async Task<ValidationErrors?> WriteCsvAsync(FlowFilter filter, Stream output, CancellationToken cancellationToken = default)
    {
        var result = await build.HandleAsync(filter, cancellationToken);
        if (result.Errors is { } errors)
        {
            return errors;
        }

        var report = result.Value!;
        var reference = await referenceCache.GetAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Export, RecordKind, [], Detail: Describe(filter, report.Flows.Count)), cancellationToken);

        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, SpreadsheetCells.Csv, leaveOpen: true))
        {
            await csv.WriteRecordAsync(Header, cancellationToken);
            foreach (var flow in report.Flows)
            {
                var municipality = reference.MunicipalityById.GetValueOrDefault(flow.MunicipalityId);
                await csv.WriteRecordAsync(
                    [
                        flow.ManufactureCountry ?? "", CountryName(reference, flow.ManufactureCountry),
                        flow.LastLegalImportCountry ?? "", CountryName(reference, flow.LastLegalImportCountry),
                        flow.Transit.ToString(), flow.TransitCountry ?? "", flow.Transit == TransitKind.BorderCrossing ? CountryName(reference, flow.TransitCountry) : "",
                        municipality?.Code ?? "", municipality?.NameEn ?? "", flow.Firearms.ToString(CultureInfo.InvariantCulture),
                    ],
                    cancellationToken);
            }

            await csv.FlushAsync(cancellationToken);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
        return null;
    }

    public static string FileName(FlowFilter filter) => $"weapon-flows-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.csv";

    private static string CountryName(ReferenceSnapshot reference, string? code) =>
        code is null ? "Unknown" : reference.CountryByCode.TryGetValue(code, out var country) ? country.NameEn : code;

    private static string Describe(FlowFilter filter, int routes) => string.Create(
        CultureInfo.InvariantCulture,
        $"Weapon flows {filter.From:yyyy-MM-dd}..{filter.To:yyyy-MM-dd}, type {filter.FirearmTypeId?.ToString(CultureInfo.InvariantCulture) ?? "all"}, kind {filter.Kind?.ToString() ?? "all recoveries"}: {routes} routes");
}
