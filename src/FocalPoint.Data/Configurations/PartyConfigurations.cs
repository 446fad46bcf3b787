using FocalPoint.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ConfigureAuditable();
        builder.Ignore(p => p.FullName);
        builder.Property(p => p.GivenName).HasMaxLength(Person.MaxNameLength).IsRequired();
        builder.Property(p => p.FamilyName).HasMaxLength(Person.MaxNameLength).IsRequired();
        builder.Property(p => p.FatherName).HasMaxLength(Person.MaxNameLength);
        builder.Property(p => p.OriginalScriptName).HasMaxLength(Person.MaxNameLength * 2);
        builder.Property(p => p.Nationality).IsCountryCode();
        // Stored encrypted (Protection/ProtectedFields): sized for the ciphertext, found through its keyed hash.
        builder.Property(p => p.PersonalNumber).HasMaxLength(200);
        builder.HasIndex(p => new { p.FamilyName, p.GivenName });
        builder.HasIndex(p => p.PersonalNumberIndex);
    }
}

internal sealed class IncidentPersonConfiguration : IEntityTypeConfiguration<IncidentPerson>
{
    public void Configure(EntityTypeBuilder<IncidentPerson> builder)
    {
        builder.HasOne(ip => ip.Incident).WithMany(i => i.Persons).HasForeignKey(ip => ip.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(ip => ip.Person).WithMany(p => p.Incidents).HasForeignKey(ip => ip.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(ip => new { ip.IncidentId, ip.PersonId, ip.Role }).IsUnique();
        builder.HasIndex(ip => ip.PersonId);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Country).IsCountryCode();
        builder.Property(o => o.RegistrationNumber).HasMaxLength(40);
    }
}

internal sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(v => v.Plate).HasMaxLength(20).IsRequired();
        builder.Property(v => v.PlateNormalised).HasMaxLength(20).IsRequired();
        builder.Property(v => v.PlateCountry).IsCountryCode();
        builder.Property(v => v.Make).HasMaxLength(60);
        builder.Property(v => v.Model).HasMaxLength(60);
        builder.Property(v => v.Vin).HasMaxLength(17);
        builder.HasIndex(v => v.PlateNormalised);
    }
}

internal sealed class CommunicationIdentifierConfiguration : IEntityTypeConfiguration<CommunicationIdentifier>
{
    public void Configure(EntityTypeBuilder<CommunicationIdentifier> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(c => c.Value).HasMaxLength(200).IsRequired();
        builder.HasIndex(c => new { c.Kind, c.Value });
    }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(l => l.Name).HasMaxLength(200).IsRequired();
        builder.Property(l => l.Address).HasMaxLength(300);
        builder.HasOne(l => l.Municipality).WithMany().HasForeignKey(l => l.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
