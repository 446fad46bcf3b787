using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FocalPoint.Application.Sharing.Ecosystem;

/// <summary>The STIX side of each observable kind: its cyber-observable object, its id and its pattern.</summary>
internal static class StixObservables
{
    private static readonly JsonSerializerOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Label(ObservableKind kind) => kind switch
    {
        ObservableKind.Md5 => "MD5",
        ObservableKind.Sha1 => "SHA-1",
        ObservableKind.Sha256 => "SHA-256",
        ObservableKind.IPv4 => "IPv4",
        ObservableKind.IPv6 => "IPv6",
        ObservableKind.Domain => "Domain",
        ObservableKind.Url => "URL",
        _ => "E-mail",
    };

    public static string Pattern(ObservableKind kind, string value)
    {
        var v = "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
        return kind switch
        {
            ObservableKind.Md5 => $"[file:hashes.MD5 = {v}]",
            ObservableKind.Sha1 => $"[file:hashes.'SHA-1' = {v}]",
            ObservableKind.Sha256 => $"[file:hashes.'SHA-256' = {v}]",
            _ => $"[{Type(kind)}:value = {v}]",
        };
    }

    /// <summary>
    /// The cyber-observable object, its id derived as STIX 2.1 §2.9 says: UUIDv5 in the STIX namespace over the
    /// canonical JSON of the id-contributing properties (value, or the file's hashes).
    /// </summary>
    public static JsonObject Object(ExchangeObservable observable)
    {
        var type = Type(observable.Kind);
        var contributing = observable.Kind switch
        {
            ObservableKind.Md5 or ObservableKind.Sha1 or ObservableKind.Sha256 =>
                new JsonObject { ["hashes"] = new JsonObject { [Label(observable.Kind)] = observable.Value } },
            _ => new JsonObject { ["value"] = observable.Value },
        };
        var id = type + "--" + DeterministicIds.V5(DeterministicIds.StixObservables, contributing.ToJsonString(Canonical));
        var sco = new JsonObject { ["type"] = type, ["spec_version"] = "2.1", ["id"] = id };
        foreach (var (name, node) in contributing.ToList())
        {
            contributing.Remove(name);
            sco[name] = node;
        }

        return sco;
    }

    private static string Type(ObservableKind kind) => kind switch
    {
        ObservableKind.IPv4 => "ipv4-addr",
        ObservableKind.IPv6 => "ipv6-addr",
        ObservableKind.Domain => "domain-name",
        ObservableKind.Url => "url",
        ObservableKind.Email => "email-addr",
        _ => "file",
    };
}
