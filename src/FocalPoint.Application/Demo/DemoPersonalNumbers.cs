namespace FocalPoint.Application.Demo;

/// <summary>
/// Personal numbers for demo persons. SYNTHETIC convention: 10 digits, the reserved prefix "99", a 7-digit
/// sequence and a mod-11 check digit (weights 4,3,2,7,6,5,4,3,2). Real numbers issued under Administrative
/// Instruction 06/2016 do not start with 99, so a demo number can never name a real person, and a checker that
/// does validate the check digit still accepts it.
/// </summary>
public static class DemoPersonalNumbers
{
    /// <summary>The prefix that marks a personal number as synthetic.</summary>
    public const string SyntheticPrefix = "99";

    private static readonly int[] Weights = [4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>The synthetic personal number for sequence <paramref name="sequence"/> (0 to 9,999,999).</summary>
    public static string Create(int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 9_999_999);
        var body = string.Create(9, sequence, static (span, seq) =>
        {
            span[0] = '9';
            span[1] = '9';
            seq.TryFormat(span[2..], out _, "D7", System.Globalization.CultureInfo.InvariantCulture);
        });
        return body + CheckDigit(body);
    }

    /// <summary>True when <paramref name="value"/> follows the synthetic convention above.</summary>
    public static bool IsSynthetic(string? value) =>
        value is { Length: 10 }
        && value.StartsWith(SyntheticPrefix, StringComparison.Ordinal)
        && value.All(char.IsAsciiDigit)
        && value[9] == CheckDigit(value[..9]);

    private static char CheckDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (nineDigits[i] - '0') * Weights[i];
        }

        var check = 11 - sum % 11;
        return (char)('0' + (check >= 10 ? 0 : check));
    }
}
