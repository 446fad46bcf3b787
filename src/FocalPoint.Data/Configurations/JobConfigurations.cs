using FocalPoint.Data.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        // LeaseStore writes this table in raw SQL (one conditional upsert for both providers): keep the names plain.
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(JobLease.MaxNameLength);
        builder.Property(l => l.Owner).HasMaxLength(JobLease.MaxOwnerLength).IsRequired();
        builder.Property(l => l.RunRequestedBy).HasMaxLength(256);
    }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.Property(r => r.JobName).HasMaxLength(JobLease.MaxNameLength).IsRequired();
        builder.Property(r => r.Node).HasMaxLength(JobLease.MaxOwnerLength).IsRequired();
        builder.Property(r => r.Detail).HasMaxLength(JobRun.MaxDetailLength);
        builder.HasIndex(r => new { r.JobName, r.StartedAtUtc });
    }
}
