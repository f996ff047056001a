using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IkmMatch.Infrastructure.Persistence.Configurations;

internal sealed class CertificationConfiguration : IEntityTypeConfiguration<Certification>
{
    public void Configure(EntityTypeBuilder<Certification> builder)
    {
        builder.ToTable("ikm_certifications");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Number).HasMaxLength(200);
        builder.Property(c => c.Issuer).HasMaxLength(200);
        builder.Property(c => c.TkdnPercent).HasPrecision(5, 2);
        builder.Property(c => c.VerifiedBy).HasMaxLength(200);
        builder.Ignore(c => c.Data);
        builder.HasIndex(c => new { c.Type, c.ValidUntil, c.IkmId }).HasDatabaseName("ix_ikm_certifications_type_valid_until");
        // The certificates of many IKM at once (matching) read from the index alone.
        builder.HasIndex(c => c.IkmId).HasDatabaseName("ix_ikm_certifications_ikm_id")
            .IncludeProperties(c => new { c.Type, c.ValidUntil, c.TkdnPercent });
    }
}
