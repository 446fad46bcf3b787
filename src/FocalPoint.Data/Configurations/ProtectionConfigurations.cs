using FocalPoint.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class IncidentSearchTermConfiguration : IEntityTypeConfiguration<IncidentSearchTerm>
{
    public void Configure(EntityTypeBuilder<IncidentSearchTerm> builder)
    {
        // The key serves rewriting one incident's terms; the (hash, incident) index serves the search, which
        // looks up one word and gets the incident ids from the index alone.
        builder.HasKey(t => new { t.IncidentId, t.TermHash });
        builder.HasIndex(t => new { t.TermHash, t.IncidentId });
        builder.HasOne(t => t.Incident).WithMany().HasForeignKey(t => t.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FieldIndexKeyConfiguration : IEntityTypeConfiguration<FieldIndexKey>
{
    public void Configure(EntityTypeBuilder<FieldIndexKey> builder)
    {
        builder.HasKey(k => k.Name);
        builder.Property(k => k.Name).HasMaxLength(40);
        builder.Property(k => k.ProtectedSecret).HasMaxLength(1000).IsRequired();
    }
}

internal sealed class SearchPrefixConfiguration : IEntityTypeConfiguration<SearchPrefix>
{
    // The key is the lookup: one prefix hash gives the words it begins, from the index alone.
    public void Configure(EntityTypeBuilder<SearchPrefix> builder) => builder.HasKey(p => new { p.PrefixHash, p.TermHash });
}
