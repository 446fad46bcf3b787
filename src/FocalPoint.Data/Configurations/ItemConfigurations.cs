using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class FirearmConfiguration : IEntityTypeConfiguration<Firearm>
{
    public void Configure(EntityTypeBuilder<Firearm> builder)
    {
        builder.ConfigureAuditable();
        builder.HasOne(f => f.Incident).WithMany(i => i.Firearms).HasForeignKey(f => f.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.FirearmType).WithMany().HasForeignKey(f => f.FirearmTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Make).WithMany().HasForeignKey(f => f.MakeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Calibre).WithMany().HasForeignKey(f => f.CalibreId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.Model).HasMaxLength(Firearm.MaxModelLength);
        builder.Property(f => f.SerialAsWritten).HasMaxLength(Firearm.MaxSerialLength);
        builder.Property(f => f.SerialNormalised).HasMaxLength(Firearm.MaxSerialLength);
        builder.Property(f => f.CountryOfManufacture).IsCountryCode();
        builder.Property(f => f.CountryOfLastLegalImport).IsCountryCode();
        builder.HasIndex(f => f.SerialNormalised);

        // Weapon-type filter on the incident list: "incidents having a firearm of type T".
        builder.HasIndex(f => new { f.FirearmTypeId, f.IncidentId });

        // The dashboard's incidents per weapon type: from each incident to its arms' types without visiting the rows
        // (it stands in for the foreign key's own index on IncidentId).
        builder.HasIndex(f => new { f.IncidentId, f.FirearmTypeId });
    }
}

internal sealed class AmmunitionConfiguration : IEntityTypeConfiguration<Ammunition>
{
    public void Configure(EntityTypeBuilder<Ammunition> builder)
    {
        builder.ConfigureAuditable();
        builder.HasOne(a => a.Incident).WithMany(i => i.Ammunition).HasForeignKey(a => a.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Calibre).WithMany().HasForeignKey(a => a.CalibreId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Lot).HasMaxLength(60);
    }
}

internal sealed class ExplosiveConfiguration : IEntityTypeConfiguration<Explosive>
{
    public void Configure(EntityTypeBuilder<Explosive> builder)
    {
        builder.ConfigureAuditable();
        builder.HasOne(e => e.Incident).WithMany(i => i.Explosives).HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Designation).HasMaxLength(80);
    }
}

internal sealed class ComponentConfiguration : IEntityTypeConfiguration<Component>
{
    public void Configure(EntityTypeBuilder<Component> builder)
    {
        builder.ConfigureAuditable();
        builder.HasOne(c => c.Incident).WithMany(i => i.Components).HasForeignKey(c => c.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Calibre).WithMany().HasForeignKey(c => c.CalibreId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.SerialAsWritten).HasMaxLength(Firearm.MaxSerialLength);
        builder.Property(c => c.SerialNormalised).HasMaxLength(Firearm.MaxSerialLength);
    }
}
