using FocalPoint.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

// Reference rows carry fixed ids from the seed files so that imports and demo data can refer to them.
internal sealed class DirectorateConfiguration : IEntityTypeConfiguration<Directorate>
{
    public void Configure(EntityTypeBuilder<Directorate> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(d => d.Code).IsUnique();
        builder.ConfigureLocalNames();
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(m => m.Code).IsUnique();
        builder.ConfigureLocalNames();
        builder.HasOne(m => m.Directorate).WithMany(d => d.Municipalities).HasForeignKey(m => m.DirectorateId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CrossingPointConfiguration : IEntityTypeConfiguration<CrossingPoint>
{
    public void Configure(EntityTypeBuilder<CrossingPoint> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.NeighbourCountry).HasMaxLength(2);
        builder.HasOne(c => c.Municipality).WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(2);
        builder.Property(c => c.Alpha3).HasMaxLength(3);
        builder.ConfigureLocalNames();
    }
}

internal sealed class CalibreConfiguration : IEntityTypeConfiguration<Calibre>
{
    public void Configure(EntityTypeBuilder<Calibre> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(60).IsRequired();
        builder.HasIndex(c => c.Name).IsUnique();
    }
}

internal sealed class CalibreAliasConfiguration : IEntityTypeConfiguration<CalibreAlias>
{
    public void Configure(EntityTypeBuilder<CalibreAlias> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Alias).HasMaxLength(60).IsRequired();
        builder.HasIndex(a => a.Alias).IsUnique();
        builder.HasOne(a => a.Calibre).WithMany(c => c.Aliases).HasForeignKey(a => a.CalibreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FirearmTypeConfiguration : IEntityTypeConfiguration<FirearmType>
{
    public void Configure(EntityTypeBuilder<FirearmType> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Code).HasMaxLength(30).IsRequired();
        builder.HasIndex(t => t.Code).IsUnique();
        builder.ConfigureLocalNames();
    }
}

internal sealed class MakeConfiguration : IEntityTypeConfiguration<Make>
{
    public void Configure(EntityTypeBuilder<Make> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Name).HasMaxLength(80).IsRequired();
        builder.HasIndex(m => m.Name).IsUnique();
        builder.Property(m => m.Country).HasMaxLength(2);
    }
}
