using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IkmMatch.Infrastructure.Persistence.Configurations;

internal sealed class IndustryConfiguration : IEntityTypeConfiguration<Industry>
{
    public void Configure(EntityTypeBuilder<Industry> builder)
    {
        builder.ToTable("industries");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Nib).HasMaxLength(13).IsRequired();
        builder.HasIndex(i => i.Nib).IsUnique().HasDatabaseName("ux_industries_nib");
        builder.Property(i => i.Name).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Sector).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Kecamatan).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Address).HasMaxLength(500);
        builder.Property(i => i.ContactName).HasMaxLength(200);
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.Phone).HasMaxLength(30);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.CreatedBy).HasMaxLength(200).HasDefaultValue(AppDbContext.SystemActor);
        builder.Property(i => i.UpdatedBy).HasMaxLength(200).HasDefaultValue(AppDbContext.SystemActor);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.Status, i.Name, i.Id }).HasDatabaseName("ix_industries_status_name");
    }
}
