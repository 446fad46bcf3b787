using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class EntityLinkConfiguration : IEntityTypeConfiguration<EntityLink>
{
    public void Configure(EntityTypeBuilder<EntityLink> builder)
    {
        builder.ConfigureAuditable();
        builder.HasOne(l => l.SourceIncident).WithMany().HasForeignKey(l => l.SourceIncidentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => new { l.FromKind, l.FromId });
        builder.HasIndex(l => new { l.ToKind, l.ToId });
        builder.HasIndex(l => l.SourceIncidentId);
        builder.ToTable(t => t.HasCheckConstraint("CK_Links_Confidence", "\"Confidence\" >= 0 AND \"Confidence\" <= 1"));
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(c => c.Reference).HasMaxLength(30).IsRequired();
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => c.Owner);
        builder.Property(c => c.Title).HasMaxLength(Case.MaxTitleLength).IsRequired();
        builder.Property(c => c.Summary).HasMaxLength(Case.MaxSummaryLength);
        builder.Property(c => c.Owner).HasMaxLength(256).IsRequired();

        // Cases are never deleted: the pointers of a merge and the parent of a child stay valid.
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ParentId);
    }
}

internal sealed class CaseIncidentConfiguration : IEntityTypeConfiguration<CaseIncident>
{
    public void Configure(EntityTypeBuilder<CaseIncident> builder)
    {
        builder.HasKey(ci => new { ci.CaseId, ci.IncidentId });
        builder.HasOne(ci => ci.Case).WithMany(c => c.Incidents).HasForeignKey(ci => ci.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(ci => ci.Incident).WithMany().HasForeignKey(ci => ci.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(ci => ci.IncidentId);
        builder.Property(ci => ci.AddedBy).HasMaxLength(256);
    }
}

internal sealed class CaseMemberConfiguration : IEntityTypeConfiguration<CaseMember>
{
    public void Configure(EntityTypeBuilder<CaseMember> builder)
    {
        builder.HasKey(m => new { m.CaseId, m.UserName });
        builder.Property(m => m.UserName).HasMaxLength(256);

        // Need to know asks "which cases is this user on?" on every list: by user name, not by case.
        builder.HasIndex(m => m.UserName);
        builder.HasOne(m => m.Case).WithMany(c => c.Team).HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseHistoryConfiguration : IEntityTypeConfiguration<CaseHistoryEntry>
{
    public void Configure(EntityTypeBuilder<CaseHistoryEntry> builder)
    {
        builder.ToTable("CaseHistory");
        builder.Property(h => h.ChangedBy).HasMaxLength(256).IsRequired();
        builder.Property(h => h.OldOwner).HasMaxLength(256);
        builder.Property(h => h.NewOwner).HasMaxLength(256).IsRequired();
        builder.HasOne(h => h.Case).WithMany(c => c.History).HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TraceRequestConfiguration : IEntityTypeConfiguration<TraceRequest>
{
    public void Configure(EntityTypeBuilder<TraceRequest> builder)
    {
        builder.ConfigureAuditable();
        builder.HasOne(t => t.Firearm).WithMany().HasForeignKey(t => t.FirearmId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.DestinationCountry).IsCountryCode();
        builder.Property(t => t.PartnerReference).HasMaxLength(TraceRequest.MaxReferenceLength);
        builder.Property(t => t.RemainingMarks).HasMaxLength(TraceRequest.MaxMarksLength);
        builder.Property(t => t.StatusNote).HasMaxLength(TraceRequest.MaxNoteLength);
        builder.HasIndex(t => t.FirearmId);

        // The overdue list reads open requests by due date.
        builder.HasIndex(t => new { t.Status, t.DueOn });
    }
}

internal sealed class TraceResultConfiguration : IEntityTypeConfiguration<TraceResult>
{
    public void Configure(EntityTypeBuilder<TraceResult> builder)
    {
        builder.HasOne(r => r.TraceRequest).WithMany(t => t.Results).HasForeignKey(r => r.TraceRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.DiversionCountry).IsCountryCode();
        builder.Property(r => r.Summary).HasMaxLength(2000);
        builder.Property(r => r.LastLegalHolder).HasMaxLength(TraceResult.MaxHolderLength);
        builder.Property(r => r.PointOfDiversion).HasMaxLength(TraceResult.MaxPointLength);
    }
}

internal sealed class StolenHitConfiguration : IEntityTypeConfiguration<StolenHit>
{
    public void Configure(EntityTypeBuilder<StolenHit> builder)
    {
        builder.HasOne(h => h.Firearm).WithMany().HasForeignKey(h => h.FirearmId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(h => h.StolenFirearm).WithMany().HasForeignKey(h => h.StolenFirearmId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(h => h.DecidedBy).HasMaxLength(256);
        builder.HasIndex(h => new { h.FirearmId, h.StolenFirearmId }).IsUnique();
        builder.HasIndex(h => h.StolenFirearmId);
        builder.HasIndex(h => new { h.State, h.FoundAtUtc });
    }
}
