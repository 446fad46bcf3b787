using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FocalPoint.Data.Protection;

/// <summary>
/// Which columns are encrypted at rest (their sizes, in the entity configurations, allow for the longer ciphertext).
/// Ciphertext is randomised, so these columns are never compared in SQL: searches go through <see cref="FieldIndex"/> hashes.
/// </summary>
internal static class ProtectedFields
{
    public static void Apply(ModelBuilder builder, FieldProtection? protection)
    {
        ValueConverter converter = protection is null ? Unconfigured() : For(protection);
        builder.Entity<Person>().Property(p => p.PersonalNumber).HasConversion(converter);
        builder.Entity<Incident>().Property(i => i.Narrative).HasConversion(converter);
        builder.Entity<Domain.Cases.CaseJournalEntry>().Property(j => j.Text).HasConversion(converter);

        // A quarantined row holds a file's row as written (names, personal numbers) and its errors quote values: the same protection.
        builder.Entity<Domain.Import.QuarantinedRow>().Property(q => q.ValuesJson).HasConversion(converter);
        builder.Entity<Domain.Import.QuarantinedRow>().Property(q => q.ErrorsJson).HasConversion(converter);
        builder.Entity<Domain.Import.ImportRevision>().Property(r => r.PreviousJson).HasConversion(converter);

        // A referral's subject and the concerns about them are the most sensitive data in the platform (ADR 0025).
        builder.Entity<Domain.Community.Referral>().Property(r => r.SubjectName).HasConversion(converter);
        builder.Entity<Domain.Community.Referral>().Property(r => r.Concerns).HasConversion(converter);

        // Our private sharing keys under the key ring (ADR 0027); a partner's received fields may name persons.
        builder.Entity<Domain.Sharing.OwnSharingKey>().Property(k => k.PrivateKey).HasConversion(converter);
        builder.Entity<Domain.Sharing.ReceivedRecord>().Property(r => r.Fields).HasConversion(converter);

        // A cyber report's text may name victims and its contact names the reporter.
        builder.Entity<Domain.Cyber.CyberIncident>().Property(c => c.Description).HasConversion(converter);
        builder.Entity<Domain.Cyber.CyberIncident>().Property(c => c.Contact).HasConversion(converter);
    }

    private static ValueConverter<string, string> For(FieldProtection protection) =>
        new(plaintext => protection.Protect(plaintext), ciphertext => protection.Unprotect(ciphertext));

    /// <summary>Design-time tools build the model without keys; any actual read or write without them must fail, never store plaintext.</summary>
    private static ValueConverter<string, string> Unconfigured() =>
        new(plaintext => Fail(), ciphertext => Fail());

    private static string Fail() =>
        throw new InvalidOperationException("Field protection is not configured: call options.UseFieldProtection(...).");
}
