using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class SharingPartnerConfiguration : IEntityTypeConfiguration<SharingPartner>
{
    public void Configure(EntityTypeBuilder<SharingPartner> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(p => p.Code).HasMaxLength(SharingPartner.MaxCodeLength).IsRequired();
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(SharingPartner.MaxNameLength).IsRequired();
        builder.Property(p => p.CountryCode).HasMaxLength(2).IsRequired();
        builder.Property(p => p.ContactPoint).HasMaxLength(SharingPartner.MaxContactLength);
        builder.Property(p => p.Languages).HasMaxLength(SharingPartner.MaxListLength);
        builder.Property(p => p.Channels).HasMaxLength(SharingPartner.MaxListLength);
        builder.Property(p => p.NeverSend).HasMaxLength(SharingPartner.MaxListLength);
        builder.HasMany(p => p.Keys).WithOne(k => k.Partner).HasForeignKey(k => k.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartnerKeyConfiguration : IEntityTypeConfiguration<PartnerKey>
{
    public void Configure(EntityTypeBuilder<PartnerKey> builder)
    {
        builder.Property(k => k.Algorithm).HasMaxLength(60).IsRequired();
        builder.Property(k => k.KeyId).HasMaxLength(32).IsRequired();

        // A key id names one key everywhere: a second partner claiming the same key is refused by the database too.
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.PublicKey).HasMaxLength(1024).IsRequired();
    }
}

internal sealed class OwnSharingKeyConfiguration : IEntityTypeConfiguration<OwnSharingKey>
{
    public void Configure(EntityTypeBuilder<OwnSharingKey> builder)
    {
        builder.Property(k => k.Algorithm).HasMaxLength(60).IsRequired();
        builder.Property(k => k.KeyId).HasMaxLength(32).IsRequired();
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.PublicKey).HasMaxLength(1024).IsRequired();
        builder.Property(k => k.PrivateKey).HasMaxLength(8000).IsRequired();
    }
}

internal sealed class PartnerGroupConfiguration : IEntityTypeConfiguration<PartnerGroup>
{
    public void Configure(EntityTypeBuilder<PartnerGroup> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(g => g.Name).HasMaxLength(PartnerGroup.MaxNameLength).IsRequired();
        builder.HasIndex(g => g.Name).IsUnique();
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartnerGroupMemberConfiguration : IEntityTypeConfiguration<PartnerGroupMember>
{
    public void Configure(EntityTypeBuilder<PartnerGroupMember> builder)
    {
        builder.HasOne<SharingPartner>().WithMany().HasForeignKey(m => m.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PartnerGroup>().WithMany().HasForeignKey(m => m.SubgroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.GroupId, m.PartnerId, m.SubgroupId }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_PartnerGroupMembers_One", "(\"PartnerId\" IS NULL) <> (\"SubgroupId\" IS NULL)"));
    }
}

internal sealed class SharingPackageRecordConfiguration : IEntityTypeConfiguration<SharingPackageRecord>
{
    public void Configure(EntityTypeBuilder<SharingPackageRecord> builder)
    {
        builder.ConfigureAuditable();
        builder.ToTable("SharingPackages");

        // Replay protection: a package id or nonce is taken in once (per direction, since we keep our own sent ones too).
        builder.HasIndex(p => new { p.Direction, p.PackageId }).IsUnique();
        builder.HasIndex(p => new { p.Direction, p.Nonce }).IsUnique();
        builder.HasIndex(p => new { p.PartnerId, p.CreatedAtUtc });
        builder.Property(p => p.Nonce).HasMaxLength(32).IsRequired();
        builder.Property(p => p.Kind).HasMaxLength(20).IsRequired();
        builder.Property(p => p.Purpose).HasMaxLength(SharingPackageRecord.MaxPurposeLength).IsRequired();
        builder.Property(p => p.Handling).HasMaxLength(2).IsRequired();
        builder.Property(p => p.Tlp).HasMaxLength(20).IsRequired();
        builder.Property(p => p.RequestedBy).HasMaxLength(256);
        builder.Property(p => p.ApprovedBy).HasMaxLength(256);
        builder.Property(p => p.RefusalReason).HasMaxLength(SharingPackageRecord.MaxReasonLength);
        builder.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Records).WithOne(r => r.Package).HasForeignKey(r => r.PackageRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReceivedRecordConfiguration : IEntityTypeConfiguration<ReceivedRecord>
{
    public void Configure(EntityTypeBuilder<ReceivedRecord> builder)
    {
        builder.Property(r => r.Type).HasMaxLength(20).IsRequired();
        builder.Property(r => r.PartnerRef).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Handling).HasMaxLength(2).IsRequired();
        builder.Property(r => r.Tlp).HasMaxLength(20).IsRequired();
        builder.Property(r => r.SourceGrade).HasMaxLength(1).IsRequired();
        builder.Property(r => r.InformationGrade).HasMaxLength(1).IsRequired();
        builder.Property(r => r.Purpose).HasMaxLength(SharingPackageRecord.MaxPurposeLength).IsRequired();
        builder.Property(r => r.Identifier).HasMaxLength(100);
        builder.Property(r => r.Match).HasMaxLength(20);
        builder.HasIndex(r => r.Identifier);
        builder.HasIndex(r => r.FirearmId);
        builder.Ignore(r => r.ForwardingForbidden);
    }
}
