using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Cyber.Reporting;

/// <summary>A challenge the browser must solve before the public form is accepted.</summary>
public sealed record PowChallenge(string Challenge, int Bits);

/// <summary>
/// Hashcash-style proof of work, offline and without a third party: the server hands out a challenge sealed with
/// the data-protection key ring (shared by all nodes, so any node can check it) that carries its time; the browser
/// finds a nonce such that SHA-256(challenge ":" nonce) starts with the configured number of zero bits. Each solved
/// challenge admits one report (its hash is unique in the table), so a flood costs the sender CPU per report.
/// </summary>
public sealed class ProofOfWork(IDataProtectionProvider protection, IOptions<CyberOptions> options, TimeProvider time)
{
    private readonly IDataProtector protector = protection.CreateProtector("FocalPoint.Cyber.ProofOfWork.v1");

    public PowChallenge Issue()
    {
        var payload = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{time.GetUtcNow().ToUnixTimeSeconds()}.{Convert.ToHexString(RandomNumberGenerator.GetBytes(16))}");
        return new PowChallenge(protector.Protect(payload), options.Value.ProofOfWorkBits);
    }

    /// <summary>Whether the challenge is ours, unexpired, and the nonce solves it.</summary>
    public bool Verify(string? challenge, string? nonce)
    {
        if (string.IsNullOrEmpty(challenge) || string.IsNullOrEmpty(nonce) || challenge.Length > 1000 || nonce.Length > 40)
        {
            return false;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(challenge);
        }
        catch (CryptographicException)
        {
            return false;
        }

        var dot = payload.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || !long.TryParse(payload.AsSpan(0, dot), System.Globalization.CultureInfo.InvariantCulture, out var issued))
        {
            return false;
        }

        var age = time.GetUtcNow().ToUnixTimeSeconds() - issued;
        return age >= -60 && age <= options.Value.ChallengeMinutes * 60L && Solves(challenge, nonce, options.Value.ProofOfWorkBits);
    }

    public static bool Solves(string challenge, string nonce, int bits) =>
        LeadingZeroBits(SHA256.HashData(Encoding.UTF8.GetBytes(challenge + ":" + nonce))) >= bits;

    /// <summary>Finds a nonce (what the page's script does); for tests and the load benchmark's senders.</summary>
    public static string Solve(string challenge, int bits)
    {
        for (long n = 0; ; n++)
        {
            var nonce = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Solves(challenge, nonce, bits))
            {
                return nonce;
            }
        }
    }

    /// <summary>The stored form of a spent challenge.</summary>
    public static string HashOf(string challenge) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(challenge)));

    private static int LeadingZeroBits(ReadOnlySpan<byte> hash)
    {
        var bits = 0;
        foreach (var b in hash)
        {
            if (b == 0)
            {
                bits += 8;
                continue;
            }

            return bits + System.Numerics.BitOperations.LeadingZeroCount((uint)b) - 24;
        }

        return bits;
    }
}
