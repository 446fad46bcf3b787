using System.Globalization;
using System.Text.Json;

namespace FocalPoint.Linkage;

/// <summary>
/// Checks a settings document against docs/schemas/linkage-settings.schema.json (embedded), for the part of JSON
/// Schema that file uses: type, enum, properties with additionalProperties false, required, items, $ref into $defs,
/// minimum/maximum (exclusive too), minLength, minItems/maxItems. Unknown keys come with the nearest known key.
/// </summary>
internal static class SettingsSchema
{
    public static string Text { get; } = Load();

    private static readonly Lazy<JsonDocument> Document = new(() => JsonDocument.Parse(Text!));

    public static void Check(JsonElement value, List<SettingsProblem> problems) =>
        Walk(value, Document.Value.RootElement, "", problems);

    private static string Load()
    {
        using var stream = typeof(SettingsSchema).Assembly.GetManifestResourceStream("linkage-settings.schema.json")
            ?? throw new InvalidOperationException("The settings schema is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Walk(JsonElement value, JsonElement schema, string path, List<SettingsProblem> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/$defs/".Length..];
            schema = Document.Value.RootElement.GetProperty("$defs").GetProperty(name);
        }
        if (schema.TryGetProperty("enum", out var allowed))
        {
            var options = allowed.EnumerateArray().Select(a => a.GetString()!).ToArray();
            var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            if (!options.Contains(text, StringComparer.Ordinal)) problems.Add(SettingsProblem.UnknownName(path, text, options));
            return;
        }
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            problems.Add(SettingsProblem.WrongType(path, Describe(type)));
            return;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.Object: Object(value, schema, path, problems); break;
            case JsonValueKind.Array: Array(value, schema, path, problems); break;
            case JsonValueKind.Number: Number(value.GetDouble(), schema, path, problems); break;
            case JsonValueKind.String:
                if (schema.TryGetProperty("minLength", out var min) && value.GetString()!.Trim().Length < min.GetInt32())
                    problems.Add(SettingsProblem.OutOfRange(path, "\"\"", "not empty"));
                break;
        }
    }

    private static void Object(JsonElement value, JsonElement schema, string path, List<SettingsProblem> problems)
    {
        var properties = schema.GetProperty("properties");
        var known = properties.EnumerateObject().Select(p => p.Name).ToArray();
        foreach (var member in value.EnumerateObject())
        {
            var at = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
            if (properties.TryGetProperty(member.Name, out var child)) Walk(member.Value, child, at, problems);
            else problems.Add(SettingsProblem.UnknownKey(path, member.Name, Nearest.Of(member.Name, known)));
        }
        if (!schema.TryGetProperty("required", out var required)) return;
        foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
        {
            if (!value.TryGetProperty(name, out _)) problems.Add(SettingsProblem.Missing(path, name));
        }
    }

    private static void Array(JsonElement value, JsonElement schema, string path, List<SettingsProblem> problems)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
            problems.Add(SettingsProblem.OutOfRange(path, Num(count), $"at least {min.GetInt32()} item(s)"));
        if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
            problems.Add(SettingsProblem.OutOfRange(path, Num(count), $"at most {max.GetInt32()} items"));
        if (!schema.TryGetProperty("items", out var items)) return;
        var i = 0;
        foreach (var item in value.EnumerateArray()) Walk(item, items, $"{path}[{Num(i++)}]", problems);
    }

    private static void Number(double v, JsonElement schema, string path, List<SettingsProblem> problems)
    {
        double Bound(string name) => schema.GetProperty(name).GetDouble();
        string? fault = null;
        if (schema.TryGetProperty("minimum", out _) && v < Bound("minimum")) fault = $"at least {Num(Bound("minimum"))}";
        else if (schema.TryGetProperty("exclusiveMinimum", out _) && v <= Bound("exclusiveMinimum")) fault = $"above {Num(Bound("exclusiveMinimum"))}";
        else if (schema.TryGetProperty("maximum", out _) && v > Bound("maximum")) fault = $"at most {Num(Bound("maximum"))}";
        else if (schema.TryGetProperty("exclusiveMaximum", out _) && v >= Bound("exclusiveMaximum")) fault = $"below {Num(Bound("exclusiveMaximum"))}";
        if (fault is not null)
        {
            var range = schema.TryGetProperty("exclusiveMaximum", out _) && schema.TryGetProperty("exclusiveMinimum", out _)
                ? $"strictly between {Num(Bound("exclusiveMinimum"))} and {Num(Bound("exclusiveMaximum"))}" : fault;
            problems.Add(SettingsProblem.OutOfRange(path, Num(v), range));
        }
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => Is(value, t.GetString()!))
        : Is(value, type.GetString()!);

    private static bool Is(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static string Describe(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString()).Where(t => t != "null"))
        : type.GetString()!;

    private static string Num(double v) => v.ToString(CultureInfo.InvariantCulture);
}
