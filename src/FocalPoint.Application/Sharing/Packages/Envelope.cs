using System.Text.Json.Serialization;

namespace FocalPoint.Application.Sharing.Packages;

/// <summary>The outer, readable part of a package: who sent it, to which keys, until when; the payload is opaque.</summary>
public sealed record Envelope(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("packageId")] Guid PackageId,
    [property: JsonPropertyName("created")] DateTimeOffset Created,
    [property: JsonPropertyName("expires")] DateTimeOffset Expires,
    [property: JsonPropertyName("nonce")] byte[] Nonce,
    [property: JsonPropertyName("senderKeyId")] string SenderKeyId,
    [property: JsonPropertyName("recipients")] IReadOnlyList<RecipientEntry> Recipients,
    [property: JsonPropertyName("payload")] EncryptedPayload Payload,
    [property: JsonPropertyName("signature")] Signature Signature);

/// <summary>The content key wrapped for one recipient key. EphemeralKey is set for ECDH, empty for RSA-OAEP.</summary>
public sealed record RecipientEntry(
    [property: JsonPropertyName("keyId")] string KeyId,
    [property: JsonPropertyName("alg")] string Algorithm,
    [property: JsonPropertyName("wrappedKey")] byte[] WrappedKey,
    [property: JsonPropertyName("ephemeralKey")] byte[]? EphemeralKey = null,
    [property: JsonPropertyName("iv")] byte[]? Iv = null);

public sealed record EncryptedPayload(
    [property: JsonPropertyName("alg")] string Algorithm,
    [property: JsonPropertyName("iv")] byte[] Iv,
    [property: JsonPropertyName("ciphertext")] byte[] Ciphertext,
    [property: JsonPropertyName("tag")] byte[] Tag);

public sealed record Signature(
    [property: JsonPropertyName("alg")] string Algorithm,
    [property: JsonPropertyName("value")] byte[] Value);
