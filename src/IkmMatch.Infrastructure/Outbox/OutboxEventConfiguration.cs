using IkmMatch.Application.Common.Outbox;
using IkmMatch.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IkmMatch.Infrastructure.Outbox;

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    /// <summary>The database function that numbers events (see the migration <c>Outbox</c>).</summary>
    public const string NextPosition = "outbox_next_position()";

    /// <summary>The channel the database notifies when events are committed.</summary>
    public const string Channel = "outbox_events";

    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.ToTable("outbox_events");
        builder.HasKey(e => e.Position);
        builder.Property(e => e.Position).ValueGeneratedOnAdd().HasDefaultValueSql(NextPosition)
            .HasAnnotation("Npgsql:ValueGenerationStrategy", null);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.Id).IsUnique().HasDatabaseName("ux_outbox_events_id");
        builder.Property(e => e.Type).HasMaxLength(60).IsRequired();
        builder.Property(e => e.Actor).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Data).HasColumnType("jsonb").IsRequired();
        builder.HasIndex(e => new { e.IkmId, e.Position }).HasDatabaseName("ix_outbox_events_ikm_id").HasFilter("ikm_id IS NOT NULL");
        builder.HasIndex(e => new { e.IndustryId, e.Position }).HasDatabaseName("ix_outbox_events_industry_id").HasFilter("industry_id IS NOT NULL");
        builder.HasIndex(e => e.OccurredAt).HasDatabaseName("ix_outbox_events_occurred_at");
        // The last event that may concern a ranking (every one but the keeper's own alerts), read by every kept match:
        // without it the read walks back over the alerts a keeper round writes.
        builder.HasIndex(e => e.Position).HasDatabaseName("ix_outbox_events_concerning").HasFilter($"type <> '{EventTypes.IkmAlerted}'");
    }
}
