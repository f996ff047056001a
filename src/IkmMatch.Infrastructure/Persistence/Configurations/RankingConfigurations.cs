using IkmMatch.Application.Alerts;
using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IkmMatch.Infrastructure.Persistence.Configurations;

internal sealed class NeedRankingConfiguration : IEntityTypeConfiguration<NeedRanking>
{
    public void Configure(EntityTypeBuilder<NeedRanking> builder)
    {
        builder.ToTable("need_rankings");
        builder.HasKey(r => r.NeedId);
        builder.Property(r => r.NeedId).ValueGeneratedNever();
        builder.Property(r => r.Model).HasMaxLength(200);
        builder.HasIndex(r => r.RequestedAt).HasDatabaseName("ix_need_rankings_requested_at").HasFilter("requested_at IS NOT NULL");
        builder.HasOne<ProcurementNeed>().WithMany().HasForeignKey(r => r.NeedId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NeedRankingEntryConfiguration : IEntityTypeConfiguration<NeedRankingEntry>
{
    public void Configure(EntityTypeBuilder<NeedRankingEntry> builder)
    {
        builder.ToTable("need_ranking_entries");
        builder.HasKey(e => new { e.NeedId, e.IkmId });
        builder.Property(e => e.Score).HasColumnType("numeric(6,2)");
        builder.PrimitiveCollection(e => e.Unmet).IsRequired();

        // Reading a top: eligible first, score descending, then the IKM id as PostgreSQL orders uuids (MatchRanking).
        builder.HasIndex(e => new { e.NeedId, e.Eligible, e.Score, e.IkmId })
            .IsDescending(false, true, true, false)
            .HasDatabaseName("ix_need_ranking_entries_top");
        builder.HasIndex(e => e.IkmId).HasDatabaseName("ix_need_ranking_entries_ikm_id");
        builder.HasOne<NeedRanking>().WithMany().HasForeignKey(e => e.NeedId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TenderAlertConfiguration : IEntityTypeConfiguration<TenderAlert>
{
    public void Configure(EntityTypeBuilder<TenderAlert> builder)
    {
        builder.ToTable("tender_alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Score).HasColumnType("numeric(6,2)");
        builder.HasIndex(a => new { a.IkmId, a.NeedId }).IsUnique().HasDatabaseName("ux_tender_alerts_ikm_need");
        builder.HasIndex(a => new { a.IkmId, a.CreatedAt, a.Id }).IsDescending(false, true, true).HasDatabaseName("ix_tender_alerts_ikm_newest");
        builder.HasOne<Ikm>().WithMany().HasForeignKey(a => a.IkmId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProcurementNeed>().WithMany().HasForeignKey(a => a.NeedId).OnDelete(DeleteBehavior.Restrict);
    }
}
