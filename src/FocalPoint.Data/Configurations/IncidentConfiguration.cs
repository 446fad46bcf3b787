using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(i => i.Reference).HasMaxLength(30).IsRequired();
        builder.HasIndex(i => i.Reference).IsUnique();
        builder.Property(i => i.Address).HasMaxLength(Incident.MaxAddressLength);
        // No column limit on the narrative: it is stored encrypted (Protection/ProtectedFields), and the ciphertext of
        // 8000 characters is longer than 8000; the validator keeps the input limit.
        builder.HasOne(i => i.Municipality).WithMany().HasForeignKey(i => i.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Directorate).WithMany().HasForeignKey(i => i.DirectorateId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.PlaceCountryCode).HasMaxLength(2);
        builder.HasOne<Domain.Reference.Country>().WithMany().HasForeignKey(i => i.PlaceCountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.PlaceRegion).HasMaxLength(Incident.MaxPlaceLength);
        builder.Property(i => i.PlaceName).HasMaxLength(Incident.MaxPlaceLength);
        builder.Ignore(i => i.IsAbroad);
        builder.HasOne(i => i.CrossingPoint).WithMany().HasForeignKey(i => i.CrossingPointId).OnDelete(DeleteBehavior.Restrict);

        // The incident list always orders by time (newest first) under at most one equality filter:
        // one composite index per filter lets the first page be read without sorting the table.
        // The time columns are descending so that the "kind, then newest" and "municipality, then newest"
        // sorts (ascending, then descending) are also index order: mixed directions cannot use an all-ascending
        // index, and sorting a million rows for 25 took over a second (bench/registry).
        builder.HasIndex(i => new { i.OccurredAtUtc, i.Id });
        builder.HasIndex(i => new { i.Kind, i.OccurredAtUtc, i.Id }).IsDescending(false, true, true);
        builder.HasIndex(i => new { i.MunicipalityId, i.OccurredAtUtc, i.Id }).IsDescending(false, true, true);
        builder.HasIndex(i => new { i.DirectorateId, i.OccurredAtUtc, i.Id }).IsDescending(false, true, true);
        builder.HasIndex(i => i.OccurredOn);

        // The dashboard's counts (Indicators/Computations/IncidentAggregation): month first, then the grouping keys, so
        // the groups come in index order without a sort; then everything the date range and need-to-know read, so
        // neither engine visits the wide incident rows (PostgreSQL needs the id in it for an index-only scan). Named: the
        // columns' names pass PostgreSQL's 63-character limit.
        builder.HasIndex(i => new
        {
            i.OccurredMonth, i.Kind, i.DirectorateId, i.MunicipalityId, i.OccurredOn, i.OccurredAtUtc, i.Tlp, i.HandlingCode, i.ReportingAgency,
            i.CreatedBy, i.Id,
        }).HasDatabaseName("IX_Incidents_Dashboard");
    }
}

internal sealed class ReferenceSeriesConfiguration : IEntityTypeConfiguration<ReferenceSeries>
{
    public void Configure(EntityTypeBuilder<ReferenceSeries> builder)
    {
        builder.ToTable("ReferenceSeries");
        builder.HasKey(s => s.Year);
        builder.Property(s => s.Year).ValueGeneratedNever();
    }
}
