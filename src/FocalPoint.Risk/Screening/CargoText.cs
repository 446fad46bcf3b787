using FocalPoint.Linkage;

namespace FocalPoint.Risk.Screening;

/// <summary>Declared cargo as words: Cyrillic to Latin, diacritics off, case folded ("Municion" meets "municion").</summary>
internal static class CargoText
{
    public static string Fold(string text) => Normalisers.SearchFold(text);

    public static string[] Words(string text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
