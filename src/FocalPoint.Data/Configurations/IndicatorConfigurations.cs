using FocalPoint.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

// Catalogue rows carry fixed ids from the seed files (as reference data does), so products can cite them.
internal sealed class RoadmapGoalConfiguration : IEntityTypeConfiguration<RoadmapGoal>
{
    public void Configure(EntityTypeBuilder<RoadmapGoal> builder)
    {
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.HasIndex(g => g.Number).IsUnique();
        builder.Property(g => g.NameEn).HasMaxLength(IndicatorDefinition.MaxTextLength);
        builder.Property(g => g.NameSq).HasMaxLength(IndicatorDefinition.MaxTextLength);
        builder.Property(g => g.NameSr).HasMaxLength(IndicatorDefinition.MaxTextLength);
    }
}

internal sealed class RoadmapKpiConfiguration : IEntityTypeConfiguration<RoadmapKpi>
{
    public void Configure(EntityTypeBuilder<RoadmapKpi> builder)
    {
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.HasIndex(k => k.Number).IsUnique();
        builder.Property(k => k.NameEn).HasMaxLength(IndicatorDefinition.MaxTextLength);
        builder.Property(k => k.NameSq).HasMaxLength(IndicatorDefinition.MaxTextLength);
        builder.Property(k => k.NameSr).HasMaxLength(IndicatorDefinition.MaxTextLength);
    }
}

internal sealed class RoadmapKpiGoalConfiguration : IEntityTypeConfiguration<RoadmapKpiGoal>
{
    public void Configure(EntityTypeBuilder<RoadmapKpiGoal> builder)
    {
        builder.HasKey(l => new { l.KpiId, l.GoalId });
        builder.HasOne(l => l.Kpi).WithMany(k => k.Goals).HasForeignKey(l => l.KpiId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Goal).WithMany(g => g.Kpis).HasForeignKey(l => l.GoalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorDefinitionConfiguration : IEntityTypeConfiguration<IndicatorDefinition>
{
    public void Configure(EntityTypeBuilder<IndicatorDefinition> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(IndicatorDefinition.MaxIdLength);
        builder.ConfigureLocalNames();
        builder.Property(i => i.Definition).HasMaxLength(IndicatorDefinition.MaxTextLength).IsRequired();
        builder.Property(i => i.DefinitionSq).HasMaxLength(IndicatorDefinition.MaxTextLength).IsRequired();
        builder.Property(i => i.DefinitionSr).HasMaxLength(IndicatorDefinition.MaxTextLength).IsRequired();
        builder.Property(i => i.Formula).HasMaxLength(IndicatorDefinition.MaxTextLength).IsRequired();
        builder.Property(i => i.Unit).HasMaxLength(40).IsRequired();
        builder.Property(i => i.Disaggregations).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Source).HasMaxLength(200).IsRequired();
        builder.Property(i => i.SourceSq).HasMaxLength(200).IsRequired();
        builder.Property(i => i.SourceSr).HasMaxLength(200).IsRequired();
        builder.HasOne(i => i.Kpi).WithMany().HasForeignKey(i => i.KpiId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}

internal sealed class IndicatorDefinitionVersionConfiguration : IEntityTypeConfiguration<IndicatorDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<IndicatorDefinitionVersion> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(v => v.IndicatorId).HasMaxLength(IndicatorDefinition.MaxIdLength).IsRequired();
        builder.HasIndex(v => new { v.IndicatorId, v.Number }).IsUnique();
        builder.HasOne<IndicatorDefinition>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.ConfigureLocalNames();
        builder.Property(v => v.Definition).HasMaxLength(IndicatorDefinition.MaxTextLength).IsRequired();
        builder.Property(v => v.DefinitionSq).HasMaxLength(IndicatorDefinition.MaxTextLength).IsRequired();
        builder.Property(v => v.DefinitionSr).HasMaxLength(IndicatorDefinition.MaxTextLength).IsRequired();
        builder.Property(v => v.Formula).HasMaxLength(IndicatorDefinition.MaxTextLength).IsRequired();
        builder.Property(v => v.Unit).HasMaxLength(40).IsRequired();
        builder.Property(v => v.Disaggregations).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Source).HasMaxLength(200).IsRequired();
        builder.Property(v => v.SourceSq).HasMaxLength(200).IsRequired();
        builder.Property(v => v.SourceSr).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Reason).HasMaxLength(IndicatorDefinitionVersion.MaxReasonLength).IsRequired();
    }
}

internal sealed class SavedDashboardViewConfiguration : IEntityTypeConfiguration<SavedDashboardView>
{
    public void Configure(EntityTypeBuilder<SavedDashboardView> builder)
    {
        builder.ConfigureAuditable();
        builder.Property(v => v.UserName).HasMaxLength(256).IsRequired();
        builder.Property(v => v.Name).HasMaxLength(SavedDashboardView.MaxNameLength).IsRequired();
        builder.Property(v => v.Query).HasMaxLength(SavedDashboardView.MaxQueryLength).IsRequired();
        builder.HasIndex(v => new { v.UserName, v.Name }).IsUnique();
    }
}
