namespace FocalPoint.Application.Sharing.Ecosystem;

/// <summary>The admiralty-scale taxonomy's machine tags (MISP taxonomies), used as MISP tags and STIX labels alike.</summary>
internal static class Admiralty
{
    public static IReadOnlyList<string> Tags(AdmiraltyGrade grade) =>
    [
        $"admiralty-scale:source-reliability=\"{char.ToLowerInvariant(grade.SourceReliability)}\"",
        $"admiralty-scale:information-credibility=\"{grade.InformationCredibility}\"",
    ];

    public static string Tlp(ExchangeTlp tlp) => tlp switch
    {
        ExchangeTlp.Clear => "tlp:clear",
        ExchangeTlp.Green => "tlp:green",
        ExchangeTlp.Amber => "tlp:amber",
        ExchangeTlp.AmberStrict => "tlp:amber+strict",
        _ => "tlp:red",
    };
}
