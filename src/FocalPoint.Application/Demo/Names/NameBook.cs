namespace FocalPoint.Application.Demo.Names;

/// <summary>Every spelling a name can take in a record, computed once so that a million persons stay cheap.</summary>
internal sealed record NameForms(string Canonical, string OtherLanguage, string SerbianLatin, string Ascii, string Cyrillic, string Diaspora);

/// <summary>The name lists with their precomputed spellings, by community and sex.</summary>
internal sealed class NameBook
{
    public NameBook()
    {
        AlbanianMale = Albanian(AlbanianNames.Male);
        AlbanianFemale = Albanian(AlbanianNames.Female);
        AlbanianFamily = Albanian(AlbanianNames.Family);
        SerbianMale = Serbian(SerbianNames.Male);
        SerbianFemale = Serbian(SerbianNames.Female);
        SerbianFamily = Serbian(SerbianNames.Family);
    }

    public NameForms[] AlbanianMale { get; }
    public NameForms[] AlbanianFemale { get; }
    public NameForms[] AlbanianFamily { get; }
    public NameForms[] SerbianMale { get; }
    public NameForms[] SerbianFemale { get; }
    public NameForms[] SerbianFamily { get; }

    public NameForms[] Given(bool serbian, bool female) =>
        serbian ? (female ? SerbianFemale : SerbianMale) : (female ? AlbanianFemale : AlbanianMale);

    public NameForms[] Family(bool serbian) => serbian ? SerbianFamily : AlbanianFamily;

    private static NameForms[] Albanian(string[] names) =>
    [
        .. names.Select(n =>
        {
            var serbianLatin = Scripts.ToSerbianLatin(n);
            return new NameForms(n, serbianLatin, serbianLatin, Scripts.ToAscii(n), Scripts.ToCyrillic(serbianLatin), Scripts.ToDiaspora(n, useK: n.Length % 2 == 0));
        }),
    ];

    private static NameForms[] Serbian(string[] names) =>
    [
        .. names.Select(n => new NameForms(
            n,
            Scripts.ToAlbanian(n),
            n,
            Scripts.ToAscii(n),
            Scripts.ToCyrillic(n),
            Scripts.ToAscii(n).Replace("ic", "ich", StringComparison.Ordinal))),
    ];
}
