using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FocalPoint.Application.Sharing.Packages;

/// <summary>One set of JSON options for envelopes and payloads: strict on reading (unknown members refused), times as RFC 3339 UTC seconds.</summary>
internal static class PackageJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new UtcSecondsConverter() },
    };

    private sealed class UtcSecondsConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.ParseExact(reader.GetString()!, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(CanonicalForm.Time(value));
    }
}
