using FocalPoint.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FocalPoint.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Recipient).HasMaxLength(256).IsRequired();
        builder.Property(n => n.Subject).HasMaxLength(Notification.MaxSubjectLength).IsRequired();
        builder.Property(n => n.Actor).HasMaxLength(256);

        // Every page asks the top bar's count (recipient, unread) and the inbox lists a recipient's newest first.
        builder.HasIndex(n => new { n.Recipient, n.ReadAtUtc });
        builder.HasIndex(n => new { n.Recipient, n.CreatedAtUtc });
    }
}
