using System.Text;

namespace FocalPoint.Application.Demo;

/// <summary>Serial numbers as makers stamp them and as officers write them down.</summary>
internal static class DemoSerials
{
    // I, O and Q are left out as makers usually do, so that look-alike variants stay recognisable.
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWXYZ";

    /// <summary>A serial for <paramref name="pattern"/>: # a digit, @ a capital letter, anything else kept.</summary>
    public static string Create(string pattern, Random rng)
    {
        return string.Create(pattern.Length, (pattern, rng), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.pattern[i] switch
                {
                    '#' => (char)('0' + state.rng.Next(10)),
                    '@' => Letters[state.rng.Next(Letters.Length)],
                    var c => c,
                };
            }
        });
    }

    /// <summary>How an officer writes the serial: mostly as stamped, sometimes in lower case or spaced out.</summary>
    public static string AsWritten(string serial, Random rng)
    {
        var roll = rng.Next(100);
        if (roll < 72)
        {
            return serial;
        }

        if (roll < 82)
        {
            return serial.ToLowerInvariant();
        }

        var separator = roll < 92 ? ' ' : '-';
        var builder = new StringBuilder(serial.Length + 4);
        foreach (var c in serial.Where(char.IsLetterOrDigit))
        {
            if (builder.Length > 0 && builder.Length % 4 == 3)
            {
                builder.Append(separator);
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The same serial misread the way worn stampings are misread (0/O, 1/I, 5/S, 8/B, 2/Z); a serial without
    /// such characters loses its last character instead, as a partly legible stamping does.
    /// </summary>
    public static string LookAlike(string serial, Random rng)
    {
        var chars = serial.ToCharArray();
        var changed = 0;
        var start = rng.Next(chars.Length);
        for (var k = 0; k < chars.Length && changed < 2; k++)
        {
            var i = (start + k) % chars.Length;
            var swap = chars[i] switch
            {
                '0' => 'O', 'O' => '0', '1' => 'I', 'I' => '1', '5' => 'S', 'S' => '5', '8' => 'B', 'B' => '8', '2' => 'Z', 'Z' => '2',
                _ => '\0',
            };
            if (swap != '\0')
            {
                chars[i] = swap;
                changed++;
            }
        }

        return changed > 0 ? new string(chars) : serial[..^1];
    }

    /// <summary>
    /// How a stolen gun's serial reads when it is seized again and identified: mostly as stamped (written in another
    /// style), often with look-alike characters misread, sometimes with the last character worn unreadable ('?').
    /// </summary>
    public static string ReadAgain(string serial, Random rng)
    {
        var roll = rng.Next(100);
        var read = roll switch
        {
            < 45 => serial,
            < 92 => MisreadLookAlikes(serial, rng),
            _ => serial[..^1] + "?",
        };
        return read.EndsWith('?') ? read : AsWritten(read, rng);
    }

    /// <summary>One or two look-alike characters misread; a serial without any is read right.</summary>
    private static string MisreadLookAlikes(string serial, Random rng)
    {
        var chars = serial.ToCharArray();
        var changed = 0;
        var start = rng.Next(chars.Length);
        var wanted = 1 + rng.Next(2);
        for (var k = 0; k < chars.Length && changed < wanted; k++)
        {
            var i = (start + k) % chars.Length;
            var swap = chars[i] switch
            {
                '0' => 'O', '1' => 'I', '5' => 'S', '8' => 'B', '2' => 'Z', 'B' => '8', 'S' => '5', 'Z' => '2',
                _ => '\0',
            };
            if (swap != '\0')
            {
                chars[i] = swap;
                changed++;
            }
        }

        return new string(chars);
    }
}
