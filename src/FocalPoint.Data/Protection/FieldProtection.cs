using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace FocalPoint.Data.Protection;

/// <summary>
/// Encrypts sensitive columns (personal numbers, narratives) with the ASP.NET Core data-protection key ring, and
/// gives the keyed hash that lets encrypted values still be found by equality. One instance per key ring: the EF
/// model is built per instance (<see cref="FieldProtectionModelCacheKeyFactory"/>), since converters are part of it.
/// </summary>
public sealed class FieldProtection
{
    public const string Purpose = "FocalPoint.Fields.v1";
    private const string IndexKeyName = "FieldIndex.v1";

    private readonly IDataProtector protector;
    private readonly SemaphoreSlim indexLock = new(1, 1);
    private FieldIndex? index;

    public FieldProtection(IDataProtectionProvider keyRing)
    {
        ArgumentNullException.ThrowIfNull(keyRing);
        protector = keyRing.CreateProtector(Purpose);
    }

    public string Protect(string plaintext) => protector.Protect(plaintext);

    public string Unprotect(string ciphertext) => protector.Unprotect(ciphertext);

    /// <summary>The protection a context was configured with (<c>UseFieldProtection</c>); fails loudly when missing.</summary>
    public static FieldProtection Of(DbContext db) => Find(db)
        ?? throw new InvalidOperationException("This DbContext has no field protection: configure it with options.UseFieldProtection(...).");

    internal static FieldProtection? Find(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<FieldProtectionExtension>()?.Protection;

    /// <summary>
    /// The keyed hash for search indexes. Its secret is random, stored once in the database encrypted by the key
    /// ring (so every node and every later run hashes alike), and cached here after the first read.
    /// </summary>
    public async ValueTask<FieldIndex> GetIndexAsync(FocalPointDbContext db, CancellationToken cancellationToken = default)
    {
        if (index is not null)
        {
            return index;
        }

        await indexLock.WaitAsync(cancellationToken);
        try
        {
            index ??= new FieldIndex(await LoadOrCreateSecretAsync(db, cancellationToken));
            return index;
        }
        finally
        {
            indexLock.Release();
        }
    }

    private async Task<byte[]> LoadOrCreateSecretAsync(FocalPointDbContext db, CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(db, cancellationToken);
        if (stored is null)
        {
            var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var value = Protect(secret);
            // Two nodes starting at once may both try: the first insert wins and both then read the same row.
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"FieldIndexKeys\" (\"Name\", \"ProtectedSecret\") VALUES ({IndexKeyName}, {value}) ON CONFLICT DO NOTHING",
                cancellationToken);
            stored = await ReadAsync(db, cancellationToken) ?? throw new InvalidOperationException("The field index key could not be stored.");
        }

        return Convert.FromBase64String(Unprotect(stored));
    }

    private static Task<string?> ReadAsync(FocalPointDbContext db, CancellationToken cancellationToken) =>
        db.FieldIndexKeys.AsNoTracking().Where(k => k.Name == IndexKeyName).Select(k => k.ProtectedSecret).FirstOrDefaultAsync(cancellationToken);
}

/// <summary>One stored secret, encrypted by the data-protection key ring.</summary>
public sealed class FieldIndexKey
{
    public string Name { get; set; } = "";
    public string ProtectedSecret { get; set; } = "";
}
