using System.Text.Json.Serialization;

namespace FocalPoint.Application.Sharing.Packages;

/// <summary>The decrypted content of a package: records with their conditions, or an acknowledgement of a package received.</summary>
public sealed record Payload(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("sender")] string Sender,
    [property: JsonPropertyName("recipient")] string Recipient,
    [property: JsonPropertyName("purpose")] string Purpose,
    [property: JsonPropertyName("records")] IReadOnlyList<SharedRecord> Records,
    [property: JsonPropertyName("sharedWith")] IReadOnlyList<string>? SharedWith = null,
    [property: JsonPropertyName("acknowledges")] Acknowledgement? Acknowledges = null)
{
    public const string RecordsKind = "records";
    public const string AcknowledgementKind = "acknowledgement";

    public byte[] ToJson() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(this, PackageJson.Options);

    /// <summary>Read a payload that <see cref="PackageOpener"/> accepted (it has passed the schema).</summary>
    public static Payload FromJson(byte[] json) => System.Text.Json.JsonSerializer.Deserialize<Payload>(json, PackageJson.Options)!;
}

/// <summary>
/// One record as it leaves: its type (incident, firearm, person, trace), the sender's reference, the conditions of use
/// and the fields left after redaction. Fields are text so that what leaves is exactly what the preview showed.
/// </summary>
public sealed record SharedRecord(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("ref")] string Ref,
    [property: JsonPropertyName("handling")] string Handling,
    [property: JsonPropertyName("tlp")] string Tlp,
    [property: JsonPropertyName("source")] string SourceGrade,
    [property: JsonPropertyName("information")] string InformationGrade,
    [property: JsonPropertyName("purpose")] string Purpose,
    [property: JsonPropertyName("fields")] IReadOnlyDictionary<string, string> Fields);

public sealed record Acknowledgement(
    [property: JsonPropertyName("packageId")] Guid PackageId,
    [property: JsonPropertyName("records")] int Records,
    [property: JsonPropertyName("received")] DateTimeOffset Received);
