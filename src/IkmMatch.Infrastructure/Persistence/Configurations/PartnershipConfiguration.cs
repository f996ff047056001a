using System.Text.Json;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IkmMatch.Infrastructure.Persistence.Configurations;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    /// <summary>The partial unique index that holds "at most one running partnership per (need, IKM)", even under concurrent proposals.</summary>
    public const string RunningIndex = "ux_partnerships_need_ikm_running";

    /// <summary>The same for partnerships without a need: at most one running per (industry, IKM).</summary>
    public const string DirectRunningIndex = "ux_partnerships_direct_running";

    /// <summary>Explanations are kept as message keys and arguments (<see cref="TextSnapshotConverter"/>) and said in the reader's language on every read.</summary>
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web) { Converters = { new TextSnapshotConverter() } };

    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.ToTable("partnerships");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<ProcurementNeed>().WithMany().HasForeignKey(p => p.NeedId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Ikm>().WithMany().HasForeignKey(p => p.IkmId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Industry>().WithMany().HasForeignKey(p => p.IndustryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Pattern).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Match)
            .HasColumnName("match_snapshot")
            .HasColumnType("jsonb")
            .HasConversion(
                match => Serialize(match!),
                json => Deserialize(json),
                new ValueComparer<MatchResult?>((a, b) => ReferenceEquals(a, b), m => m == null ? 0 : m.GetHashCode(), m => m));
        builder.Property(p => p.Notes).HasMaxLength(2000);
        builder.Property(p => p.Version).IsConcurrencyToken();

        builder.HasIndex(p => new { p.NeedId, p.IkmId })
            .IsUnique()
            .HasFilter("need_id IS NOT NULL AND status IN ('Proposed', 'Accepted', 'Active')")
            .HasDatabaseName(RunningIndex);
        builder.HasIndex(p => new { p.IndustryId, p.IkmId }, DirectRunningIndex)
            .IsUnique()
            .HasFilter("need_id IS NULL AND status IN ('Proposed', 'Accepted', 'Active')")
            .HasDatabaseName(DirectRunningIndex);
        builder.HasIndex(p => new { p.IkmId, p.Status }).HasDatabaseName("ix_partnerships_ikm_status");
        // Track records: the completed partnerships of each IKM and their ratings, from the index alone.
        builder.HasIndex(p => p.IkmId, "ix_partnerships_ikm_completed").HasDatabaseName("ix_partnerships_ikm_completed").HasFilter("status = 'Completed'").IncludeProperties(p => p.Rating);
        builder.HasIndex(p => new { p.IndustryId, p.Status }).HasDatabaseName("ix_partnerships_industry_status");
        builder.HasIndex(p => new { p.Status, p.Pattern }).HasDatabaseName("ix_partnerships_status_pattern");
        builder.HasIndex(p => p.CreatedAt);

        builder.HasMany(p => p.History).WithOne().HasForeignKey(e => e.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    private static string Serialize(MatchResult match) => JsonSerializer.Serialize(match, SnapshotJson);

    private static MatchResult? Deserialize(string json) => JsonSerializer.Deserialize<MatchResult>(json, SnapshotJson);
}

internal sealed class PartnershipEventConfiguration : IEntityTypeConfiguration<PartnershipEvent>
{
    /// <summary>One history entry per step number: two concurrent steps cannot both be step N.</summary>
    public const string SequenceIndex = "ix_partnership_history_partnership_id_sequence";

    public void Configure(EntityTypeBuilder<PartnershipEvent> builder)
    {
        builder.ToTable("partnership_history");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Actor).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.HasIndex(e => new { e.PartnershipId, e.Sequence }).IsUnique().HasDatabaseName(SequenceIndex);
    }
}
