using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IkmMatch.Infrastructure.Persistence.Configurations;

internal sealed class IkmConfiguration : IEntityTypeConfiguration<Ikm>
{
    public void Configure(EntityTypeBuilder<Ikm> builder)
    {
        builder.ToTable("ikms");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Nib).HasMaxLength(13).IsRequired();
        builder.HasIndex(i => i.Nib).IsUnique().HasDatabaseName("ux_ikms_nib");
        builder.Property(i => i.Name).HasMaxLength(200).IsRequired();
        builder.Property(i => i.OwnerName).HasMaxLength(200);
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.Phone).HasMaxLength(30);
        builder.Property(i => i.Address).HasMaxLength(500);
        builder.Property(i => i.VerifiedBy).HasMaxLength(200);
        builder.Property(i => i.Kecamatan).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.CreatedBy).HasMaxLength(200).HasDefaultValue(AppDbContext.SystemActor);
        builder.Property(i => i.UpdatedBy).HasMaxLength(200).HasDefaultValue(AppDbContext.SystemActor);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.Status, i.Name, i.Id }).HasDatabaseName("ix_ikms_status_name");
        builder.HasIndex(i => i.Kecamatan);
        // Matching joins every candidate of a division to its IKM in id order: status, kecamatan and verification from the index alone.
        builder.HasIndex(i => i.Id, "ix_ikms_id_matching").HasDatabaseName("ix_ikms_id_matching")
            .IncludeProperties(i => new { i.Status, i.Kecamatan, i.Verified });

        builder.HasMany(i => i.Capabilities).WithOne().HasForeignKey(c => c.IkmId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Capabilities).HasField("_capabilities").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Certifications).WithOne().HasForeignKey(c => c.IkmId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Certifications).HasField("_certifications").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
