using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.Source).HasMaxLength(ImportProfile.MaxNameLength).IsRequired();
        builder.Property(b => b.FileName).HasMaxLength(ImportBatch.MaxNameLength).IsRequired();
        builder.Property(b => b.Sheet).HasMaxLength(100);
        builder.Property(b => b.FileSha256).HasMaxLength(64).IsRequired();
        builder.Property(b => b.StoredPath).HasMaxLength(1000).IsRequired();
        builder.Property(b => b.Format).HasMaxLength(20).IsRequired();
        builder.Property(b => b.Encoding).HasMaxLength(40);
        builder.Property(b => b.Message).HasMaxLength(2000);
        builder.Property(b => b.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(b => new { b.State, b.CreatedAtUtc });
        builder.HasIndex(b => b.FileSha256);
    }
}

internal sealed class ImportProfileConfiguration : IEntityTypeConfiguration<ImportProfile>
{
    public void Configure(EntityTypeBuilder<ImportProfile> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(ImportProfile.MaxNameLength).IsRequired();
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.MappingJson).IsRequired();
        builder.Property(p => p.Encoding).HasMaxLength(40);
        builder.Property(p => p.Sheet).HasMaxLength(100);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256).IsRequired();
    }
}

internal sealed class QuarantinedRowConfiguration : IEntityTypeConfiguration<QuarantinedRow>
{
    public void Configure(EntityTypeBuilder<QuarantinedRow> builder)
    {
        builder.HasOne(q => q.Batch).WithMany().HasForeignKey(q => q.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.BatchId, q.RowNumber });
    }
}

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> builder)
    {
        builder.Property(r => r.Source).HasMaxLength(ImportProfile.MaxNameLength).IsRequired();
        builder.Property(r => r.SourceKey).HasMaxLength(ImportRecord.MaxKeyLength).IsRequired();
        builder.Property(r => r.RecordKind).HasMaxLength(40).IsRequired();
        builder.HasIndex(r => new { r.Source, r.KeyHash }).IsUnique();
        builder.HasIndex(r => r.BatchId);
        builder.HasIndex(r => new { r.RecordKind, r.RecordId });
    }
}

internal sealed class ImportRevisionConfiguration : IEntityTypeConfiguration<ImportRevision>
{
    public void Configure(EntityTypeBuilder<ImportRevision> builder)
    {
        builder.Property(r => r.PreviousJson).IsRequired();
        builder.HasIndex(r => r.BatchId);
        builder.HasIndex(r => r.ImportRecordId);
    }
}
