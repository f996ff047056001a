using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IkmMatch.Infrastructure.Persistence.Configurations;

internal sealed class CapabilityConfiguration : IEntityTypeConfiguration<Capability>
{
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
        // text_pattern_ops lets PostgreSQL answer "kbli LIKE '25%'" (the KBLI prefix filter) from the index.
        builder.HasIndex(c => c.Kbli).HasDatabaseName("ix_ikm_capabilities_kbli")
            .HasOperators("text_pattern_ops");
    }
}
