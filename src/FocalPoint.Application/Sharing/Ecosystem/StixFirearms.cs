using System.Text.Json.Nodes;

namespace FocalPoint.Application.Sharing.Ecosystem;

/// <summary>
/// The custom STIX 2.1 cyber-observable for a firearm (§11.2 custom objects, "x-" prefixed type): STIX has no
/// observable for physical items. Properties: <c>reference</c> (the sender's record reference, always present),
/// <c>serial_number</c>, <c>make</c>, <c>model</c>, <c>calibre</c>, <c>firearm_type</c>, each only when known and
/// not redacted. Consumers that do not know the type keep it as a custom object (OpenCTI does).
/// </summary>
public static class StixFirearms
{
    public const string Type = "x-focalpoint-firearm";

    public static JsonObject Object(ExchangeFirearm firearm)
    {
        // No id-contributing properties are defined for custom objects: a name-based id over the sender's key keeps re-exports stable.
        var sco = new JsonObject
        {
            ["type"] = Type, ["spec_version"] = "2.1", ["id"] = Type + "--" + DeterministicIds.For(Type, firearm.Key), ["reference"] = firearm.Reference,
        };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) { sco[name] = value; }
        }

        Add("serial_number", firearm.Serial);
        Add("make", firearm.Make);
        Add("model", firearm.Model);
        Add("calibre", firearm.Calibre);
        Add("firearm_type", firearm.Type);
        return sco;
    }
}
