namespace FocalPoint.Linkage.Tests;

public class NormaliserTests
{
    [Theory]
    [InlineData("Агим Крашнић", "Agim Krašnić")]
    [InlineData("Ђорђе Џајић", "Đorđe Džajić")]
    [InlineData("ЉУБОМИР Његош", "LjUBOMIR Njegoš")]
    [InlineData("Agim", "Agim")]
    public void CyrillicToLatin_SerbianText_GivesSerbianLatin(string input, string expected) =>
        Assert.Equal(expected, Normalisers.CyrillicToLatin(input));

    [Theory]
    [InlineData("Krasniqi")]
    [InlineData("Krasnići")]
    [InlineData("Krasnici")]
    [InlineData("Krasniki")]
    [InlineData("KRASNIQI")]
    [InlineData("Красними")]
    public void SpellingKey_KrasniqiVariants_AgreeOnOneKey(string input)
    {
        var expected = input == "Красними" ? "krasnimi" : "krasnici";
        Assert.Equal(expected, Normalisers.SpellingKey(input));
    }

    [Theory]
    [InlineData("Shabani", "Šabani")]
    [InlineData("Xhavit", "Džavit")]
    [InlineData("Gjergj", "Đerđ")]
    [InlineData("Zhuri", "Žuri")]
    [InlineData("Çeku", "Čeku")]
    [InlineData("Qerimi", "Ćerimi")]
    [InlineData("Gëzim", "Gzim")]
    [InlineData("Hoxha", "Хоџа")]
    [InlineData("Kelmendi", "Kellmendi")]
    public void SpellingKey_AlbanianAndSerbianSpellings_Agree(string albanian, string serbian) =>
        Assert.Equal(Normalisers.SpellingKey(albanian), Normalisers.SpellingKey(serbian));

    [Fact]
    public void SpellingKey_KeepSchwa_KeepsËAsE() =>
        Assert.Equal("gezim", Normalisers.SpellingKey("Gëzim", keepSchwa: true));

    [Fact]
    public void Fold_ComposedAndDecomposed_AreEqualAfterNfc() =>
        Assert.Equal(Normalisers.Fold("Thac\u0327i"), Normalisers.Fold("THAÇI"));

    [Theory]
    [InlineData("B0O12", "80012")]
    [InlineData("BOO12", "80012")]
    [InlineData("b-o-o 1 2", "80012")]
    [InlineData("AB I7L", "A8171")]
    [InlineData("S5Z2", "5522")]
    [InlineData("12?45*7", "12?45?7")]
    public void Serial_LookAlikeCharacters_FoldToDigits(string input, string expected) =>
        Assert.Equal(expected, Normalisers.Serial(input));

    [Theory]
    [InlineData("01-123-AB", "01123AB")]
    [InlineData("01 123 АВ", "01123AB")]
    public void Plate_SeparatorsAndCyrillic_Removed(string input, string expected) =>
        Assert.Equal(expected, Normalisers.Plate(input));

    [Theory]
    [InlineData("044 123 456", "+38344123456")]
    [InlineData("+383 44 123 456", "+38344123456")]
    [InlineData("00383 44 123456", "+38344123456")]
    [InlineData("+377 44 123 456", "+38344123456")]
    [InlineData("+386 49 123 456", "+38349123456")]
    [InlineData("44123456", "+38344123456")]
    [InlineData("+49 30 1234567", "+49301234567")]
    public void Phone_KosovoFormats_GiveE164(string input, string expected) =>
        Assert.Equal(expected, Normalisers.Phone(input));

    [Fact]
    public void Phone_TooShort_IsNull() => Assert.Null(Normalisers.Phone("12"));

    [Theory]
    [InlineData("12.03.1985", "1985-03-12")]
    [InlineData("12.3.1985.", "1985-03-12")]
    [InlineData("1985-03-12", "1985-03-12")]
    [InlineData("12/03/1985", "1985-03-12")]
    [InlineData("19850312", "1985-03-12")]
    public void Date_AgencyFormats_GiveIso(string input, string expected) =>
        Assert.Equal(expected, Normalisers.Date(input));

    [Fact]
    public void Date_Text_IsNull() => Assert.Null(Normalisers.Date("unknown"));

    [Theory]
    [InlineData("Agim (Bajram) Krasniqi", "agim krasniqi")]
    [InlineData("Agim Bajram Krasniqi", "agim krasniqi")]
    [InlineData("Agim Krasniqi", "agim krasniqi")]
    public void DropPatronymic_FatherNameInMiddle_IsDropped(string input, string expected) =>
        Assert.Equal(expected, Normalisers.Apply(input, "drop-patronymic"));

    [Fact]
    public void SortedTokens_SwappedOrder_Agree() =>
        Assert.Equal(Normalisers.Apply("KRASNIQI AGIM", "sorted-tokens"), Normalisers.Apply("Agim Krasniqi", "sorted-tokens"));

    [Fact]
    public void Apply_UnknownName_ThrowsNamingIt()
    {
        var e = Assert.Throws<LinkageException>(() => Normalisers.Apply("x", "soundex-ish"));
        Assert.Contains("soundex-ish", e.Message, StringComparison.Ordinal);
        Assert.Contains("spelling-key", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_Prefix_TakesFirstCharacters() => Assert.Equal("kra", Normalisers.Apply("Krasniqi", "spelling-key", "prefix:3"));
}
