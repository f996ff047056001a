using IkmMatch.Domain.Programmes;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IkmMatch.Infrastructure.Persistence.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("programmes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<Industry>().WithMany().HasForeignKey(p => p.OrganiserIndustryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Title).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.PrimitiveCollection(p => p.Certifications).IsRequired().ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(p => p.KbliDivisions).IsRequired();
        builder.PrimitiveCollection(p => p.Topics).IsRequired();
        builder.Property(p => p.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Property(p => p.UpdatedBy).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.SeatsTaken);
        builder.HasIndex(p => new { p.Status, p.StartDate }).HasDatabaseName("ix_programmes_status_start_date");
        builder.HasIndex(p => p.OrganiserIndustryId).HasDatabaseName("ix_programmes_organiser_industry_id");

        builder.HasMany(p => p.History).WithOne().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Enrolments).WithOne().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Enrolments).HasField("_enrolments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProgrammeEventConfiguration : IEntityTypeConfiguration<ProgrammeEvent>
{
    /// <summary>One history entry per step number: two concurrent steps cannot both be step N.</summary>
    public const string SequenceIndex = "ix_programme_history_programme_id_sequence";

    public void Configure(EntityTypeBuilder<ProgrammeEvent> builder)
    {
        builder.ToTable("programme_history");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Actor).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.HasIndex(e => new { e.ProgrammeId, e.Sequence }).IsUnique().HasDatabaseName(SequenceIndex);
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    /// <summary>One enrolment per (programme, IKM): an IKM that withdrew and comes back takes up the same one.</summary>
    public const string UniqueIndex = "ux_programme_enrolments_programme_ikm";

    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ToTable("programme_enrolments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Ikm>().WithMany().HasForeignKey(e => e.IkmId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.EnrolledBy).HasMaxLength(200).IsRequired();
        builder.Property(e => e.CertificateType).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.CertificateNumber).HasMaxLength(200);
        builder.Property(e => e.CertificateIssuer).HasMaxLength(200);
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.Ignore(e => e.HoldsSeat);
        builder.HasIndex(e => new { e.ProgrammeId, e.IkmId }).IsUnique().HasDatabaseName(UniqueIndex);
        builder.HasIndex(e => e.IkmId).HasDatabaseName("ix_programme_enrolments_ikm_id");
    }
}
