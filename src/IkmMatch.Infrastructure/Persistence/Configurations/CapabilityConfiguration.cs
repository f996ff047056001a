using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IkmMatch.Infrastructure.Persistence.Configurations;

internal sealed class CapabilityConfiguration : IEntityTypeConfiguration<Capability>
{
    /// <summary>The shadow property of the stored column <c>division</c>.</summary>
    public const string DivisionColumn = "Division";

    public void Configure(EntityTypeBuilder<Capability> builder)
    {
        builder.ToTable("ikm_capabilities");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kbli).HasMaxLength(5).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.MonthlyCapacity).HasPrecision(18, 3);
        builder.Property(c => c.Unit).HasConversion<string>().HasMaxLength(10);
        // text_pattern_ops lets PostgreSQL answer "kbli LIKE '25%'" (the KBLI prefix filter) from the index; with the
        // IKM id in it, the IKM of a prefix come from the index alone.
        builder.Ignore(c => c.Data);
        builder.HasIndex(c => c.Kbli).HasDatabaseName("ix_ikm_capabilities_kbli")
            .HasOperators("text_pattern_ops")
            .IncludeProperties(c => c.IkmId);

        // The KBLI division (first two digits), kept by PostgreSQL itself: the candidates of a need are found from
        // this index, grouped by IKM in index order, with what their bound needs (KBLI, unit, capacity) in the index.
        builder.Property<string>(DivisionColumn).HasMaxLength(2).HasComputedColumnSql("substr(kbli, 1, 2)", stored: true);
        builder.HasIndex(DivisionColumn, nameof(Capability.IkmId)).HasDatabaseName("ix_ikm_capabilities_division_ikm_id")
            .IncludeProperties(nameof(Capability.Kbli), nameof(Capability.Unit), nameof(Capability.MonthlyCapacity));

        // The terms of the name, and of the name and description (the Domain's analysis, recomputed when the matching
        // language changes): IKM whose capability text is about a need's job are found through the GIN index whatever
        // their KBLI.
        builder.PrimitiveCollection(c => c.NameTerms).IsRequired().HasDefaultValueSql("'{}'::text[]");
        builder.PrimitiveCollection(c => c.Terms).IsRequired().HasDefaultValueSql("'{}'::text[]");
        builder.HasIndex(c => c.Terms).HasDatabaseName("ix_ikm_capabilities_terms").HasMethod("gin");
    }
}
