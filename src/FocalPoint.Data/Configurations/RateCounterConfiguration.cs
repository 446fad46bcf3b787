using FocalPoint.Data.Limits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class RateCounterConfiguration : IEntityTypeConfiguration<RateCounter>
{
    public void Configure(EntityTypeBuilder<RateCounter> builder)
    {
        // RateCounterStore counts in raw SQL (one upsert for both providers): keep the names plain.
        builder.ToTable("RateCounters");
        builder.HasKey(c => new { c.Policy, c.Client, c.WindowStartUtc });
        builder.Property(c => c.Policy).HasMaxLength(RateCounter.MaxPolicyLength);
        builder.HasIndex(c => c.WindowStartUtc);
    }
}
