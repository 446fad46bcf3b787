using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace FocalPoint.Application.Sharing.Packages;

/// <summary>The published JSON Schema (docs/sharing-package.schema.json, embedded): the envelope at its root, the payload in $defs.</summary>
public static class PackageSchema
{
    private static readonly Lazy<(JsonSchema Envelope, JsonSchema Payload)> Schemas = new(Load);

    // Valid or not is all the opener needs: collecting output (annotations, error lists) multiplies the cost per record.
    private static readonly EvaluationOptions FlagOnly = new() { OutputFormat = OutputFormat.Flag };

    public static bool IsEnvelope(byte[] json) => Valid(Schemas.Value.Envelope, json);

    public static bool IsPayload(byte[] json) => Valid(Schemas.Value.Payload, json);

    private static bool Valid(JsonSchema schema, byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return schema.Evaluate(document.RootElement, FlagOnly).IsValid;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static (JsonSchema, JsonSchema) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FocalPoint.Sharing.Schema.json")!;
        var text = new StreamReader(stream).ReadToEnd();
        var root = JsonNode.Parse(text)!.AsObject();

        // The payload is checked against the same $defs with its own root, so both live in the one published file.
        var payload = new JsonObject { ["$defs"] = root["$defs"]!.DeepClone(), ["$ref"] = "#/$defs/payload" };
        return (JsonSchema.FromText(text), JsonSchema.FromText(payload.ToJsonString()));
    }
}
