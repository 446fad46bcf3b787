using System.Text.Json.Nodes;
using Json.Schema;

namespace FocalPoint.Application.Tests.Cyber;

/// <summary>The vendored STIX 2.1 and MISP core-format schemas (Schemas/README.md), loaded once, resolved among themselves offline.</summary>
internal static class SchemaSet
{
    // observed-data.json names every observable type for its "objects" form, which FocalPoint does not write (it
    // writes object_refs); the types not vendored resolve to a schema that accepts nothing, so using them would fail.
    private static readonly string[] NotVendored =
    [
        "artifact", "autonomous-system", "directory", "email-message", "file", "mac-addr", "mutex", "network-traffic", "process", "software",
        "user-account", "windows-registry-key", "x509-certificate",
    ];

    private static readonly Lock Gate = new();
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Cyber", "Schemas");
    private static readonly Lazy<(EvaluationOptions Options, Dictionary<string, JsonSchema> ByType)> Stix = new(LoadStix);
    private static readonly Lazy<JsonSchema> Misp = new(() =>
    {
        // The file is draft-04, which the library does not name; its keywords read the same under draft-07.
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "misp", "schema.json")))!.AsObject();
        node.Remove("$schema");
        return JsonSchema.FromText(node.ToJsonString());
    });

    /// <summary>The problems of one STIX object against the schema of its type (empty when valid).</summary>
    public static IReadOnlyList<string> CheckStix(JsonObject stixObject)
    {
        var type = stixObject["type"]!.GetValue<string>();
        var (options, byType) = Stix.Value;
        lock (Gate)
        {
            return Check(stixObject, type, options, byType);
        }
    }

    private static IReadOnlyList<string> Check(JsonObject stixObject, string type, EvaluationOptions options, Dictionary<string, JsonSchema> byType)
    {
        if (type.StartsWith("x-", StringComparison.Ordinal))
        {
            // A custom observable (STIX 2.1 §11.2) has no schema of its own: it must still be a well-formed observable.
            return Problems(byType["cyber-observable-core"].Evaluate(stixObject, options), type);
        }

        if (type == "file")
        {
            // file.json is not vendored: the observable core and the hashes are what FocalPoint writes.
            return [.. Problems(byType["cyber-observable-core"].Evaluate(stixObject, options), type),
                .. Problems(byType["hashes"].Evaluate(stixObject["hashes"], options), type)];
        }

        return byType.TryGetValue(type, out var schema) ? Problems(schema.Evaluate(stixObject, options), type) : [$"no schema for {type}"];
    }

    public static IReadOnlyList<string> CheckMisp(JsonObject mispEvent)
    {
        lock (Gate)
        {
            return Problems(Misp.Value.Evaluate(mispEvent, new EvaluationOptions { EvaluateAs = SpecVersion.Draft7, OutputFormat = OutputFormat.List }), "MISP event");
        }
    }

    private static (EvaluationOptions, Dictionary<string, JsonSchema>) LoadStix()
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var byType = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Folder, "stix"), "*.json", SearchOption.AllDirectories))
        {
            var schema = JsonSchema.FromFile(file);
            options.SchemaRegistry.Register(schema);
            byType[schema.GetTitle() ?? Path.GetFileNameWithoutExtension(file)] = schema;
        }

        foreach (var type in NotVendored)
        {
            options.SchemaRegistry.Register(new Uri($"https://raw.githubusercontent.com/707eric/cti-stix2-json-schemas/refs/heads/master/schemas/observables/{type}.json"), JsonSchema.False);
        }

        return (options, byType);
    }

    private static List<string> Problems(EvaluationResults results, string what) => results.IsValid
        ? []
        : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{what} {d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))];
}
