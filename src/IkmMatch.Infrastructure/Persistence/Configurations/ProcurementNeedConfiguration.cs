using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IkmMatch.Infrastructure.Persistence.Configurations;

internal sealed class ProcurementNeedConfiguration : IEntityTypeConfiguration<ProcurementNeed>
{
    public void Configure(EntityTypeBuilder<ProcurementNeed> builder)
    {
        builder.ToTable("needs");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<Industry>().WithMany().HasForeignKey(n => n.IndustryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.Title).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Description).HasMaxLength(2000);
        builder.Property(n => n.Kbli).HasMaxLength(5).IsRequired();
        builder.PrimitiveCollection(n => n.Keywords).IsRequired();
        builder.Property(n => n.MonthlyVolume).HasPrecision(18, 3);
        builder.Property(n => n.Unit).HasConversion<string>().HasMaxLength(10);
        builder.PrimitiveCollection(n => n.RequiredCertifications).IsRequired().ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(n => n.PreferredCertifications).IsRequired().ElementType(e => e.HasConversion<string>());
        builder.Property(n => n.MinTkdnPercent).HasPrecision(5, 2);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.CreatedBy).HasMaxLength(200).HasDefaultValue(AppDbContext.SystemActor);
        builder.Property(n => n.UpdatedBy).HasMaxLength(200).HasDefaultValue(AppDbContext.SystemActor);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasIndex(n => new { n.Status, n.Kbli }).HasDatabaseName("ix_needs_status_kbli").HasOperators("text_ops", "text_pattern_ops");
        builder.HasIndex(n => new { n.IndustryId, n.CreatedAt }).HasDatabaseName("ix_needs_industry_created");
        builder.HasIndex(n => n.CreatedAt);

        // The terms of the title and keywords (the Domain's analysis, recomputed when the matching language changes):
        // an IKM's opportunities outside its KBLI divisions are found through this index.
        builder.PrimitiveCollection(n => n.SearchTerms).IsRequired().HasDefaultValueSql("'{}'::text[]");
        builder.HasIndex(n => n.SearchTerms).HasDatabaseName("ix_needs_search_terms").HasMethod("gin");
    }
}
