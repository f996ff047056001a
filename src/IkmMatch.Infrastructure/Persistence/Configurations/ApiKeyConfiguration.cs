using IkmMatch.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IkmMatch.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public const string NameIndex = "ux_api_keys_name";

    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys", t => t.HasCheckConstraint(
            "ck_api_keys_binding",
            "(role = 'Ikm') = (ikm_id IS NOT NULL) AND (role = 'Industry') = (industry_id IS NOT NULL)"));
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(k => k.Name).IsUnique().HasDatabaseName(NameIndex);
        builder.Property(k => k.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(k => k.Hash).HasMaxLength(32).IsRequired();
        builder.HasIndex(k => k.Hash).IsUnique().HasDatabaseName("ux_api_keys_hash");
        builder.Property(k => k.Prefix).HasMaxLength(16).IsRequired();
        builder.Property(k => k.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Property(k => k.RevokedBy).HasMaxLength(200);
        builder.Ignore(k => k.IsRevoked);
        builder.HasOne<IkmMatch.Domain.Registry.Ikm>().WithMany().HasForeignKey(k => k.IkmId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IkmMatch.Domain.Registry.Industry>().WithMany().HasForeignKey(k => k.IndustryId).OnDelete(DeleteBehavior.Restrict);
    }
}
