using System.Text;

namespace FocalPoint.Linkage.Normalisation;

/// <summary>
/// Lawrence Philips' Double Metaphone (2000): a primary and an alternate sound key of at most four characters per
/// word, for names of English, Germanic, Slavic, Romance and other origins ("Smith" and "Schmidt" share XMT/SMT;
/// "Thompson" and "Tomson" share TMSN). Written from the published algorithm; '0' stands for "th".
/// </summary>
internal sealed class DoubleMetaphone
{
    private const int MaxLength = 4;
    private readonly string _w;
    private readonly int _last;
    private readonly bool _slavoGermanic;
    private readonly StringBuilder _primary = new(8);
    private readonly StringBuilder _alternate = new(8);
    private int _at;

    private DoubleMetaphone(string word)
    {
        _w = word;
        _last = word.Length - 1;
        _slavoGermanic = word.Contains('W') || word.Contains('K') || word.Contains("CZ", StringComparison.Ordinal) || word.Contains("WITZ", StringComparison.Ordinal);
    }

    /// <summary>Primary and alternate keys of each word, words joined by spaces.</summary>
    public static (string Primary, string Alternate) Encode(string text)
    {
        var words = TextFolding.StripDiacritics(Cyrillic.ToLatin(TextFolding.Fold(text))).ToUpperInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keys = words.Select(w => new string([.. w.Where(char.IsAsciiLetterUpper)])).Where(w => w.Length > 0)
            .Select(w => new DoubleMetaphone(w).Run()).ToList();
        return (string.Join(' ', keys.Select(k => k.Primary)), string.Join(' ', keys.Select(k => k.Alternate)));
    }

    private (string Primary, string Alternate) Run()
    {
        if (At(0, "GN", "KN", "PN", "WR", "PS")) _at = 1;
        if (_w[0] == 'X') { Add("S"); _at = 1; }
        while ((_primary.Length < MaxLength || _alternate.Length < MaxLength) && _at <= _last)
        {
            _at += Step(_w[_at]);
        }
        return (Cut(_primary), Cut(_alternate));
    }

    private static string Cut(StringBuilder sb) => sb.Length > MaxLength ? sb.ToString(0, MaxLength) : sb.ToString();

    private int Step(char c) => c switch
    {
        'A' or 'E' or 'I' or 'O' or 'U' or 'Y' => Vowel(),
        'B' => Add("P", Next('B') ? 2 : 1),
        'C' => C(),
        'D' => D(),
        'F' => Add("F", Next('F') ? 2 : 1),
        'G' => G(),
        'H' => H(),
        'J' => J(),
        'K' => Add("K", Next('K') ? 2 : 1),
        'L' => L(),
        'M' => Add("M", (At(_at - 1, "UMB") && (_at + 1 == _last || At(_at + 2, "ER"))) || Next('M') ? 2 : 1),
        'N' => Add("N", Next('N') ? 2 : 1),
        'P' => Next('H') ? Add("F", 2) : Add("P", At(_at + 1, "P", "B") ? 2 : 1),
        'Q' => Add("K", Next('Q') ? 2 : 1),
        'R' => R(),
        'S' => S(),
        'T' => T(),
        'V' => Add("F", Next('V') ? 2 : 1),
        'W' => W(),
        'X' => X(),
        'Z' => Z(),
        _ => 1,
    };

    private int Vowel() => _at == 0 ? Add("A") : 1;

    private int C()
    {
        if (_at > 1 && !Vowel(_at - 2) && At(_at - 1, "ACH") && Char(_at + 2) != 'I' && (Char(_at + 2) != 'E' || At(_at - 2, "BACHER", "MACHER")))
            return Add("K", 2);
        if (_at == 0 && At(_at, "CAESAR")) return Add("S", 2);
        if (At(_at, "CHIA")) return Add("K", 2);
        if (At(_at, "CH"))
        {
            if (_at > 0 && At(_at, "CHAE")) return Add("K", "X", 2);
            if (_at == 0 && (At(_at + 1, "HARAC", "HARIS") || At(_at + 1, "HOR", "HYM", "HIA", "HEM")) && !At(0, "CHORE")) return Add("K", 2);
            if (At(0, "VAN ", "VON ") || At(0, "SCH") || At(_at - 2, "ORCHES", "ARCHIT", "ORCHID") || At(_at + 2, "T", "S")
                || ((At(_at - 1, "A", "O", "U", "E") || _at == 0) && (At(_at + 2, "L", "R", "N", "M", "B", "H", "F", "V", "W") || _at + 2 > _last)))
                return Add("K", 2);
            if (_at > 0) return At(0, "MC") ? Add("K", 2) : Add("X", "K", 2);
            return Add("X", 2);
        }
        if (At(_at, "CZ") && !At(_at - 2, "WICZ")) return Add("S", "X", 2);
        if (At(_at + 1, "CIA")) return Add("X", 3);
        if (At(_at, "CC") && !(_at == 1 && _w[0] == 'M'))
        {
            if (At(_at + 2, "I", "E", "H") && !At(_at + 2, "HU"))
                return (_at == 1 && _w[0] == 'A') || At(_at - 1, "UCCEE", "UCCES") ? Add("KS", 3) : Add("X", 3);
            return Add("K", 2);
        }
        if (At(_at, "CK", "CG", "CQ")) return Add("K", 2);
        if (At(_at, "CI", "CE", "CY")) return At(_at, "CIO", "CIE", "CIA") ? Add("S", "X", 2) : Add("S", 2);
        Add("K", 0);
        if (At(_at + 1, "C", "K", "Q") && !At(_at + 1, "CE", "CI")) return 2;
        return 1;
    }

    private int D()
    {
        if (At(_at, "DG")) return At(_at + 2, "I", "E", "Y") ? Add("J", 3) : Add("TK", 2);
        return At(_at, "DT", "DD") ? Add("T", 2) : Add("T", 1);
    }

    private int G()
    {
        if (Next('H'))
        {
            if (_at > 0 && !Vowel(_at - 1)) return Add("K", 2);
            if (_at == 0) return Char(_at + 2) == 'I' ? Add("J", 2) : Add("K", 2);
            // Parker's rule: "-ugh" as in "laugh" is F, other gh after a consonant cluster is silent.
            if ((_at > 1 && At(_at - 2, "B", "H", "D")) || (_at > 2 && At(_at - 3, "B", "H", "D")) || (_at > 3 && At(_at - 4, "B", "H"))) return 2;
            if (_at > 2 && Char(_at - 1) == 'U' && At(_at - 3, "C", "G", "L", "R", "T")) return Add("F", 2);
            return _at > 0 && Char(_at - 1) != 'I' ? Add("K", 2) : 2;
        }
        if (Next('N'))
        {
            if (_at == 1 && Vowel(0) && !_slavoGermanic) return Add("KN", "N", 2);
            if (!At(_at + 2, "EY") && Char(_at + 1) != 'Y' && !_slavoGermanic) return Add("N", "KN", 2);
            return Add("KN", 2);
        }
        if (At(_at + 1, "LI") && !_slavoGermanic) return Add("KL", "L", 2);
        if (_at == 0 && (Char(1) == 'Y' || At(1, "ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER"))) return Add("K", "J", 2);
        if ((At(_at + 1, "ER") || Char(_at + 1) == 'Y') && !At(0, "DANGER", "RANGER", "MANGER") && !At(_at - 1, "E", "I") && !At(_at - 1, "RGY", "OGY"))
            return Add("K", "J", 2);
        if (At(_at + 1, "E", "I", "Y") || At(_at - 1, "AGGI", "OGGI"))
        {
            if (At(0, "VAN ", "VON ") || At(0, "SCH") || At(_at + 1, "ET")) return Add("K", 2);
            return At(_at + 1, "IER ") ? Add("J", 2) : Add("J", "K", 2);
        }
        return Add("K", Next('G') ? 2 : 1);
    }

    private int H() => (_at == 0 || Vowel(_at - 1)) && Vowel(_at + 1) ? Add("H", 2) : 1;

    private int J()
    {
        if (At(_at, "JOSE") || At(0, "SAN "))
            return (_at == 0 && _at + 4 > _last) || At(0, "SAN ") ? Add("H", 1) : Add("J", "H", 1);
        if (_at == 0 && !At(_at, "JOSE")) Add("J", "A", 0);
        else if (Vowel(_at - 1) && !_slavoGermanic && (Char(_at + 1) == 'A' || Char(_at + 1) == 'O')) Add("J", "H", 0);
        else if (_at == _last) Add("J", "", 0);
        else if (!At(_at + 1, "L", "T", "K", "S", "N", "M", "B", "Z") && !At(_at - 1, "S", "K", "L")) Add("J", 0);
        return Next('J') ? 2 : 1;
    }

    private int L()
    {
        if (!Next('L')) return Add("L", 1);
        if ((_at == _w.Length - 3 && At(_at - 1, "ILLO", "ILLA", "ALLE"))
            || ((At(_last - 1, "AS", "OS") || At(_last, "A", "O")) && At(_at - 1, "ALLE")))
            return Add("L", "", 2);
        return Add("L", 2);
    }

    private int R()
    {
        var french = _at == _last && !_slavoGermanic && At(_at - 2, "IE") && !At(_at - 4, "ME", "MA");
        return french ? Add("", "R", Next('R') ? 2 : 1) : Add("R", Next('R') ? 2 : 1);
    }

    private int S()
    {
        if (At(_at - 1, "ISL", "YSL")) return 1;
        if (_at == 0 && At(_at, "SUGAR")) return Add("X", "S", 1);
        if (At(_at, "SH")) return At(_at + 1, "HEIM", "HOEK", "HOLM", "HOLZ") ? Add("S", 2) : Add("X", 2);
        if (At(_at, "SIO", "SIA") || At(_at, "SIAN")) return _slavoGermanic ? Add("S", 3) : Add("S", "X", 3);
        if ((_at == 0 && At(_at + 1, "M", "N", "L", "W")) || At(_at + 1, "Z")) return Add("S", "X", At(_at + 1, "Z") ? 2 : 1);
        if (At(_at, "SC"))
        {
            if (Char(_at + 2) == 'H')
            {
                if (At(_at + 3, "OO", "ER", "EN", "UY", "ED", "EM")) return At(_at + 3, "ER", "EN") ? Add("X", "SK", 3) : Add("SK", 3);
                return _at == 0 && !Vowel(3) && Char(3) != 'W' ? Add("X", "S", 3) : Add("X", 3);
            }
            return At(_at + 2, "I", "E", "Y") ? Add("S", 3) : Add("SK", 3);
        }
        var step = At(_at + 1, "S", "Z") ? 2 : 1;
        return _at == _last && At(_at - 2, "AI", "OI") ? Add("", "S", step) : Add("S", step);
    }

    private int T()
    {
        if (At(_at, "TION")) return Add("X", 3);
        if (At(_at, "TIA", "TCH")) return Add("X", 3);
        if (At(_at, "TH") || At(_at, "TTH"))
            return At(_at + 2, "OM", "AM") || At(0, "VAN ", "VON ") || At(0, "SCH") ? Add("T", 2) : Add("0", "T", 2);
        return Add("T", At(_at + 1, "T", "D") ? 2 : 1);
    }

    private int W()
    {
        if (At(_at, "WR")) return Add("R", 2);
        if (_at == 0 && (Vowel(_at + 1) || At(_at, "WH")))
        {
            if (Vowel(_at + 1)) Add("A", "F", 0);
            else Add("A", 0);
        }
        if ((_at == _last && Vowel(_at - 1)) || At(_at - 1, "EWSKI", "EWSKY", "OWSKI", "OWSKY") || At(0, "SCH")) return Add("", "F", 1);
        if (At(_at, "WICZ", "WITZ")) return Add("TS", "FX", 4);
        return 1;
    }

    private int X()
    {
        var step = At(_at + 1, "C", "X") ? 2 : 1;
        if (_at == _last && (At(_at - 3, "IAU", "EAU") || At(_at - 2, "AU", "OU"))) return step;
        return Add("KS", step);
    }

    private int Z()
    {
        if (Next('H')) return Add("J", 2);
        var step = Next('Z') ? 2 : 1;
        if (At(_at + 1, "ZO", "ZI", "ZA") || (_slavoGermanic && _at > 0 && Char(_at - 1) != 'T')) return Add("S", "TS", step);
        return Add("S", step);
    }

    private int Add(string both, int step = 1) => Add(both, both, step);

    private int Add(string primary, string alternate, int step)
    {
        _primary.Append(primary);
        _alternate.Append(alternate);
        return step;
    }

    private bool Next(char c) => Char(_at + 1) == c;

    private char Char(int i) => i >= 0 && i <= _last ? _w[i] : '\0';

    private bool Vowel(int i) => Char(i) is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';

    private bool At(int start, params string[] options)
    {
        if (start < 0) return false;
        foreach (var o in options)
        {
            if (start + o.Length <= _w.Length && string.CompareOrdinal(_w, start, o, 0, o.Length) == 0) return true;
            // "VAN " and "SAN " test a word followed by a space: the word's end stands for it.
            if (o.EndsWith(' ') && start + o.Length - 1 == _w.Length && string.CompareOrdinal(_w, start, o, 0, o.Length - 1) == 0) return true;
        }
        return false;
    }
}
